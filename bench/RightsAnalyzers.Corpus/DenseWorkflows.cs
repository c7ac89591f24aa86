using System;

namespace RightsAnalyzers.Corpus;

/// <summary>Dense flavour: optional workflow methods, so modules differ in size and shape.</summary>
internal static class DenseWorkflows
{
    public static string Pick(Entity e, Random random, int index) => random.Next(5) switch
    {
        0 => Reconcile(e, index, random.Next(3, 9)),
        1 => Notify(e, index),
        2 => Archive(e, index),
        3 => Verify(e, index),
        _ => Score(e, index, random.Next(2, 6)),
    };

    private static string Reconcile(Entity e, int index, int batches) => $$"""

            public async Task<int> Reconcile{{index}}Async(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
            {
                using var activity = Source.StartActivity("{{e.Lower}}.reconcile");
                var fixedCount = 0;
                for (var batch = 0; batch < {{batches}}; batch++)
                {
                    foreach (var id in ids)
                    {
                        var item = await _repository.FindAsync(id, cancellationToken);
                        if (item is null || item.Status == {{e.Name}}Status.Closed)
                        {
                            continue;
                        }

                        if (item.Balance < 0)
                        {
                            _logger.LogWarning("Negative balance {Balance} for {Name} ({Email})", item.Balance, item.FullName, item.Email);
                            item.Balance = 0;
                            fixedCount++;
                        }
                    }
                }

                activity?.SetTag("reconciled", fixedCount);
                return fixedCount;
            }

    """;

    private static string Notify(Entity e, int index) => $$"""

            public async Task Notify{{index}}Async(Guid id, string message, CancellationToken cancellationToken)
            {
                var item = await _repository.FindAsync(id, cancellationToken);
                if (item is null)
                {
                    return;
                }

                var recipient = item.Email;
                var body = $"Dear {item.FullName}, {message}";
                _logger.LogInformation("Sending notification to {Recipient}: {Body}", recipient, body);
                using var response = await _http.PostAsJsonAsync("https://mail.example.com/send", new { to = recipient, body }, cancellationToken);
                _telemetry.TrackEvent("{{e.Name}}Notified", new Dictionary<string, string> { ["recipient"] = Pseudonymize(recipient) });
            }

    """;

    private static string Archive(Entity e, int index) => $$"""

            public async Task<string> Archive{{index}}Async(Guid id, CancellationToken cancellationToken)
            {
                var item = await _repository.FindAsync(id, cancellationToken) ?? throw new KeyNotFoundException(id.ToString());
                var sealedNotes = Protect(item.Describe());
                var digest = Fingerprint(sealedNotes);
                item.Status = {{e.Name}}Status.Closed;
                await _repository.SaveAsync(item, cancellationToken);
                Serilog.Log.Information("Archived {{e.Lower}} {Id} with digest {Digest}", item.Id, digest);
                return digest;
            }

    """;

    private static string Verify(Entity e, int index) => $$"""

            public bool Verify{{index}}(string payload, string signature, RSA key)
            {
                var data = Encoding.UTF8.GetBytes(payload);
                var signatureBytes = Convert.FromBase64String(signature);
                var valid = key.VerifyData(data, signatureBytes, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
                if (!valid)
                {
                    _logger.LogWarning("Invalid {{e.Lower}} signature on payload {Payload} from {Machine}", payload, Environment.MachineName);
                    SentrySdk.CaptureMessage("invalid signature for " + payload);
                }

                return valid;
            }

    """;

    private static string Score(Entity e, int index, int rounds) => $$"""

            public double Score{{index}}({{e.Name}}Dto item, IReadOnlyList<double> signals)
            {
                var score = 0.0;
                for (var round = 0; round < {{rounds}}; round++)
                {
                    for (var i = 0; i < signals.Count; i++)
                    {
                        score += signals[i] * (round + 1) / (i + 1.0);
                    }
                }

                var age = item.AgeOn(DateTime.UtcNow);
                if (age < 18)
                {
                    score *= 0.5;
                }

                _logger.LogDebug("Scored {{e.Lower}} {Id} born {Birth}: {Score}", item.Id, item.DateOfBirth, score);
                Activity.Current?.SetTag("{{e.Lower}}.score", score);
                return score;
            }

    """;
}
