namespace Marketplace.FunctionalTests.Support;

/// <summary>
/// Checks every response a test receives against the committed OpenAPI document: the status is declared for the
/// operation, declared headers are present and valid, and the body matches the schema of its status and content
/// type. A violation fails the request (and so the test) with <see cref="ContractViolationException"/>, whatever the
/// test expected: a drift between code and document fails here, not at a partner.
/// </summary>
/// <remarks>
/// Operations that only some configurations map (the Stripe webhook, the auth modes' routes, <c>/dev/token</c>) are
/// not in the committed document; they are checked against the document the host itself serves. A path under the
/// base path that no document knows must answer a 404 or 405 problem. Paths outside the API (health, Swagger, media)
/// and CORS preflights are not part of the contract.
/// </remarks>
public sealed class ContractValidatingHandler(OpenApiContract committed, string basePath, Func<Task<OpenApiContract?>>? served = null)
    : DelegatingHandler
{
    private static readonly string[] OutsideTheApi = ["/health", "/swagger", "/media"];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri!.IsAbsoluteUri ? request.RequestUri.AbsolutePath : request.RequestUri.OriginalString.Split('?')[0];
        if (request.Method == HttpMethod.Options || OutsideTheApi.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase))) return response;
        if (!path.StartsWith(basePath, StringComparison.OrdinalIgnoreCase)) return response;
        var relative = path[basePath.Length..];

        var (contract, operation) = (committed, committed.Find(request.Method.Method, relative));
        if (operation is null && served is not null && await served() is { } own && own.Find(request.Method.Method, relative) is { } mapped)
            (contract, operation) = (own, mapped);

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var headers = response.Headers.Concat(response.Content.Headers)
            .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.SelectMany(h => h.Value)), StringComparer.OrdinalIgnoreCase);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var status = (int)response.StatusCode;

        IReadOnlyList<string> problems;
        string what;
        if (operation is not null)
        {
            problems = contract.Check(operation, status, headers, mediaType, body);
            what = operation.ToString();
        }
        else
        {
            // No operation: only the route-level answers are allowed, in the shape every problem has.
            problems = status is 404 or 405
                ? contract.CheckProblem(status, mediaType, body)
                : [$"no operation is declared for {request.Method} {relative}, yet it answered {status}"];
            what = $"{request.Method} {relative} (no operation)";
        }
        if (problems.Count > 0)
            throw new ContractViolationException($"{request.Method} {path} → {status}: the response breaks {contract.Name} for {what}:\n  - "
                + string.Join("\n  - ", problems) + $"\nBody: {(body.Length > 2000 ? body[..2000] + "…" : body)}");
        return response;
    }
}

/// <summary>A response that does not conform to the OpenAPI document.</summary>
public sealed class ContractViolationException(string message) : Exception(message);
