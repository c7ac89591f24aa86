using Clinic.Crypto;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<RecordIntegrity>();
builder.Services.AddSingleton<TokenService>();

var app = builder.Build();
app.MapGet("/", () => "Clinic appointment service");
app.MapGet("/records/{id}/digest", (string id, RecordIntegrity integrity) => integrity.Digest(id));
app.MapPost("/patients/{email}/reset", (string email, TokenService tokens) => tokens.IssueResetCode(email));
app.Run();
