using Clinic.Crypto;
using Clinic.Data;
using Clinic.KeyEscrow;
using Clinic.Logging;
using Clinic.Telemetry;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<RecordIntegrity>();
builder.Services.AddSingleton<ProxyTrust>();
builder.Services.AddClinicRequestLogging();
builder.Services.AddDbContext<ClinicDbContext>();
builder.AddClinicErrorReporting();
builder.Services.AddSingleton<TokenService>();

var app = builder.Build();
app.UseHttpLogging();
app.MapGet("/", () => "Clinic appointment service");
app.MapGet("/records/{id}/digest", (string id, RecordIntegrity integrity) => integrity.Digest(id));
app.MapPost("/patients/{email}/reset", (string email, TokenService tokens) => tokens.IssueResetCode(email));
app.Run();
