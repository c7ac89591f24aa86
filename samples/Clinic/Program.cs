using Clinic.Crypto;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<RecordIntegrity>();

var app = builder.Build();
app.MapGet("/", () => "Clinic appointment service");
app.MapGet("/records/{id}/digest", (string id, RecordIntegrity integrity) => integrity.Digest(id));
app.Run();
