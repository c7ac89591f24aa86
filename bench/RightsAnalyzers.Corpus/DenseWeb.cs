using System;

namespace RightsAnalyzers.Corpus;

/// <summary>Dense flavour: the ASP.NET Core controller and the helpers of one entity.</summary>
internal static class DenseWeb
{
    public static string Controller(Entity e, Random random)
    {
        var route = e.Plural.ToLowerInvariant();
        var pageSize = 10 + random.Next(40);
        return $$"""
            using System;
            using System.Linq;
            using System.Security.Claims;
            using System.Threading;
            using System.Threading.Tasks;
            using Acme.Common;
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.Logging;

            namespace {{e.Namespace}};

            [ApiController]
            [Route("api/{{route}}")]
            [Authorize]
            [Produces("application/json")]
            public sealed class {{e.Plural}}Controller : ControllerBase
            {
                private readonly {{e.Name}}Service _service;
                private readonly I{{e.Name}}Repository _repository;
                private readonly ILogger<{{e.Plural}}Controller> _logger;

                public {{e.Plural}}Controller({{e.Name}}Service service, I{{e.Name}}Repository repository, ILogger<{{e.Plural}}Controller> logger)
                {
                    _service = service;
                    _repository = repository;
                    _logger = logger;
                }

                [HttpGet("{id:guid}")]
                [ProducesResponseType(typeof({{e.Name}}Summary), StatusCodes.Status200OK)]
                [ProducesResponseType(StatusCodes.Status404NotFound)]
                public async Task<ActionResult<{{e.Name}}Summary>> Get(Guid id, CancellationToken cancellationToken)
                {
                    var ip = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                    var email = User.FindFirstValue(ClaimTypes.Email);
                    _logger.LogInformation("User {Email} from {Ip} reads {{e.Lower}} {Id}", email, ip, id);
                    var item = await _repository.FindAsync(id, cancellationToken);
                    if (item is null)
                    {
                        return NotFound();
                    }

                    return Ok(new {{e.Name}}Summary(item.Id, {{e.Name}}Helpers.DisplayName(item), item.Status, item.Balance));
                }

                [HttpGet("search")]
                public async Task<ActionResult<{{e.Name}}Page>> Search([FromQuery] string q, [FromQuery] int take = {{pageSize}}, CancellationToken cancellationToken = default)
                {
                    var agent = Request.Headers.UserAgent.ToString();
                    var forwarded = Request.Headers["X-Forwarded-For"].ToString();
                    _logger.LogDebug("Search {Query} by {Agent} via {Forwarded}", q, agent, forwarded);
                    var items = await _repository.SearchAsync(q, take, cancellationToken);
                    var page = items.Select(x => new {{e.Name}}Summary(x.Id, {{e.Name}}Helpers.DisplayName(x), x.Status, x.Balance)).ToList();
                    return Ok(new {{e.Name}}Page(page, page.Count, page.Count == take ? page[^1].Id.ToString("N") : null));
                }

                [HttpPost]
                [ProducesResponseType(StatusCodes.Status201Created)]
                public async Task<IActionResult> Create([FromBody] Create{{e.Name}}Request request, CancellationToken cancellationToken)
                {
                    var ip = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                    var created = await _service.CreateAsync(request, ip, cancellationToken);
                    return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
                }

                [HttpPut("{id:guid}")]
                public async Task<IActionResult> Update(Guid id, [FromBody] Update{{e.Name}}Request request, CancellationToken cancellationToken)
                {
                    var caller = new ClaimsSnapshot(User.Identity?.Name, User.FindFirstValue(ClaimTypes.Email), HttpContext.Connection.RemoteIpAddress?.ToString());
                    var updated = await _service.UpdateAsync(id, request, caller, cancellationToken);
                    return updated is null ? NotFound() : NoContent();
                }

                [HttpDelete("{id:guid}")]
                [Authorize(Roles = "admin")]
                public async Task<IActionResult> Delete(Guid id, CancellationToken cancellationToken)
                {
                    var token = Request.Headers.Authorization.ToString();
                    _logger.LogInformation("Delete {{e.Lower}} {Id} with token {Token}", id, token);
                    return await _repository.DeleteAsync(id, cancellationToken) ? NoContent() : NotFound();
                }
            }

            """;
    }

    public static string Helpers(Entity e, Random random)
    {
        var keep = 2 + random.Next(3);
        return $$"""
            using System;
            using System.Globalization;
            using System.Text;

            namespace {{e.Namespace}};

            public static class {{e.Name}}Helpers
            {
                public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

                public static string DisplayName({{e.Name}}Dto item)
                    => string.IsNullOrWhiteSpace(item.FullName) ? "(unnamed)" : item.FullName.Split(' ')[0];

                public static string Mask(string value)
                    => value.Length <= {{keep * 2}} ? new string('*', value.Length) : value[..{{keep}}] + new string('*', value.Length - {{keep * 2}}) + value[^{{keep}}..];

                public static string Describe(this {{e.Name}}Dto item)
                    => $"{item.FullName} ({item.Email}, {item.PhoneNumber}) born {item.DateOfBirth:yyyy-MM-dd}; {item.DescribeExtras()}";

                public static int AgeOn(this {{e.Name}}Dto item, DateTime day)
                {
                    var age = day.Year - item.DateOfBirth.Year;
                    if (item.DateOfBirth.Date > day.AddYears(-age))
                    {
                        age--;
                    }

                    return age;
                }

                public static string ToCsv(this {{e.Name}}Dto item)
                {
                    var builder = new StringBuilder();
                    builder.Append(item.Id.ToString("D", CultureInfo.InvariantCulture)).Append(',');
                    builder.Append(Quote(item.FullName)).Append(',').Append(Quote(item.Email)).Append(',');
                    builder.Append(item.Balance.ToString(CultureInfo.InvariantCulture)).Append(',').Append(item.Status);
                    return builder.ToString();
                }

                private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            }

            """;
    }
}
