using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Tests.Infrastructure;

public sealed class LastLookupTests
{
    [Fact]
    public void Answers_only_for_the_key_remembered_last_compared_by_reference()
    {
        var lookup = new LastLookup<string, int>();
        var first = new string('a', 3);
        var equalButOther = new string('a', 3);
        var second = "b";

        Assert.False(lookup.TryGet(first, out _));
        Assert.Equal(1, lookup.Remember(first, 1));
        Assert.True(lookup.TryGet(first, out var one));
        Assert.Equal(1, one);
        Assert.False(lookup.TryGet(equalButOther, out _));

        lookup.Remember(second, 2);
        Assert.False(lookup.TryGet(first, out _));
        Assert.True(lookup.TryGet(second, out var two));
        Assert.Equal(2, two);
    }
}
