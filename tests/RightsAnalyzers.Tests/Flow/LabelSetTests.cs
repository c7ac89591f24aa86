using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RightsAnalyzers.Flow;

namespace RightsAnalyzers.Tests.Flow;

/// <summary>Filtering a label set keeps order and constant-ness, and hands back the same labels when nothing is dropped.</summary>
public sealed class LabelSetTests
{
    private static readonly Location Literal = Location.Create("/a.cs", new TextSpan(3, 4), new LinePositionSpan(new LinePosition(0, 3), new LinePosition(0, 7)));

    private static readonly Label Email = new(LabelKind.PersonalData, "email", "an email address", EvidenceTier.Name, "email", null);
    private static readonly Label Token = new(LabelKind.Credential, "token", "an access token", EvidenceTier.Name, "token", null);
    private static readonly Label Device = new(LabelKind.DeviceIdentifier, "device", "a device id", EvidenceTier.Api, "Environment.MachineName", null);

    private static LabelSet Three() => LabelSet.Of(Email).Add(Token).Add(Device).WithConstant(true, Literal);

    [Fact]
    public void Where_keeping_everything_returns_the_same_labels()
    {
        var set = Three();
        var kept = set.Where(static _ => true);
        Assert.True(kept.Labels == set.Labels, "no copy when every label is kept");
        Assert.True(kept.IsConstant);
        Assert.Equal(Literal, kept.ConstantSource);
    }

    [Fact]
    public void Where_drops_the_rejected_labels_in_order()
    {
        var set = Three();
        Assert.Equal(set.Labels.Where(l => l.Kind != LabelKind.Credential), set.Where(static l => l.Kind != LabelKind.Credential).Labels);
        Assert.Equal(set.Labels.Where(l => l.Kind == LabelKind.Credential), set.Where(static l => l.Kind == LabelKind.Credential).Labels);
        Assert.Empty(set.Where(static _ => false).Labels);
        Assert.True(set.Where(static _ => false).IsConstant, "filtering labels leaves constant-ness alone");
        Assert.Empty(LabelSet.Empty.Where(static _ => false).Labels);
    }

    [Theory]
    [InlineData((int)LabelKind.PersonalData)]
    [InlineData((int)LabelKind.Credential)]
    [InlineData((int)LabelKind.DeviceIdentifier)]
    [InlineData((int)LabelKind.PrivateKey)]
    public void Without_is_Where_on_the_kind(int kindNumber)
    {
        var kind = (LabelKind)kindNumber;
        var set = Three();
        var without = set.Without(kind);
        Assert.Equal(set.Where(l => l.Kind != kind).Labels.ToArray(), without.Labels.ToArray());
        Assert.Equal(set.IsConstant, without.IsConstant);
        Assert.Equal(set.ConstantSource, without.ConstantSource);
        if (!set.Has(kind))
        {
            Assert.True(without.Labels == set.Labels, "no copy when the kind is absent");
        }
    }
}
