using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Marketplace.Api.Errors;
using Marketplace.Application.Common.Ports;
using Microsoft.Extensions.Options;

namespace Marketplace.Api.Idempotency;

/// <summary>
/// Honours <c>Idempotency-Key</c> (24 hours, per caller): the same key with the same body replays the
/// first response with <c>Idempotent-Replayed: true</c>; with another body it is 422. A request arriving
/// while the first is still running waits for it, then replays it.
/// </summary>
internal sealed class IdempotencyFilter(IIdempotencyStore store, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IEndpointFilter
{
    public const string Header = "Idempotency-Key";
    private static readonly TimeSpan WaitForFirst = TimeSpan.FromSeconds(15);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString();
        if (key.Length == 0) return await next(context);
        if (key.Length > 255)
            return Problem(http, 400, "invalid_idempotency_key", "An Idempotency-Key is at most 255 characters.");

        var owner = http.User.FindFirst("sub")?.Value ?? "";
        var hash = Hash(http.Request.Path.Value, context.Arguments);
        var claim = await store.ClaimAsync(owner, key, hash, http.RequestAborted);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (claim.Outcome == IdempotencyOutcome.InProgress && waited.Elapsed < WaitForFirst)
        {
            await Task.Delay(100, http.RequestAborted);
            claim = await store.ClaimAsync(owner, key, hash, http.RequestAborted);
        }

        switch (claim.Outcome)
        {
            case IdempotencyOutcome.Mismatch:
                return Problem(http, 422, "idempotency_key_reused", "This Idempotency-Key was used with a different request body.");
            case IdempotencyOutcome.InProgress:
                return Problem(http, 409, "idempotency_request_in_progress", "A request with this Idempotency-Key is still being processed.");
            case IdempotencyOutcome.Replay:
                http.Response.Headers["Idempotent-Replayed"] = "true";
                if (claim.Location is not null) http.Response.Headers.Location = claim.Location;
                return Results.Content(claim.Body, "application/json", Encoding.UTF8, claim.StatusCode);
        }

        // The handler binds what it creates to the claim in its own transaction (scoped to this request).
        http.RequestServices.GetRequiredService<IRequestIdempotency>().Hold(owner, key, claim);
        try
        {
            var result = await next(context);
            // A 5xx is never stored: the same key retried after it tries again.
            if (result is IStatusCodeHttpResult { StatusCode: { } status and < 500 } and IValueHttpResult { Value: { } value })
            {
                var location = result switch
                {
                    Microsoft.AspNetCore.Http.HttpResults.Created<Application.Orders.PlaceOrderResponse> created => created.Location,
                    Microsoft.AspNetCore.Http.HttpResults.Created<Application.Orders.CheckoutResponse> created => created.Location,
                    _ => null,
                };
                var body = JsonSerializer.Serialize(value, value.GetType(), json.Value.SerializerOptions);
                await store.CompleteAsync(owner, key, claim.LeaseId, status, body, location, CancellationToken.None);
            }
            else await store.ReleaseAsync(owner, key, claim.LeaseId, CancellationToken.None);
            return result;
        }
        catch
        {
            await store.ReleaseAsync(owner, key, claim.LeaseId, CancellationToken.None);
            throw;
        }
    }

    /// <summary>The route and the bound request (ids and body); services the handler is given are left out.</summary>
    private string Hash(string? path, IEnumerable<object?> arguments)
    {
        var request = arguments.Where(a => a is not (null or CancellationToken or HttpContext or Mediator.ISender or Endpoints.ResourceLocations)).ToArray();
        return Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { path, request }, json.Value.SerializerOptions)));
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Problem(HttpContext http, int status, string code, string detail) =>
        TypedResults.Problem(ProblemResponses.Create(http, status, code, detail));
}
