using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Marketplace.FunctionalTests.Support;

/// <summary>
/// An OpenAPI document as a checker of responses: finds the operation a request went to and reports every way a
/// response breaks what that operation declares (status, headers, content type, body schema).
/// </summary>
public sealed class OpenApiContract
{
    private static readonly Lazy<OpenApiContract> CommittedContract = new(() =>
        new OpenApiContract(JsonNode.Parse(File.ReadAllText(CommittedPath))!.AsObject(), "openapi/marketplace.v1.json"));

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };

    private readonly List<Operation> _operations;
    private readonly JsonObject _components;
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new();

    public OpenApiContract(JsonObject document, string name)
    {
        Name = name;
        _components = document["components"]?["schemas"] as JsonObject ?? [];
        _operations = (document["paths"] as JsonObject ?? [])
            .SelectMany(path => path.Value!.AsObject()
                .Where(item => item.Value is JsonObject { } op && op["responses"] is not null)
                .Select(item => new Operation(item.Key.ToUpperInvariant(), path.Key, item.Value!.AsObject())))
            .ToList();
    }

    /// <summary>openapi/marketplace.v1.json as committed: what partners generate their clients from.</summary>
    public static OpenApiContract Committed => CommittedContract.Value;

    public static string CommittedPath => Path.Combine(RepositoryRoot(), "openapi", "marketplace.v1.json");

    public string Name { get; }

    /// <summary>The operation of a method and a path relative to the server URL, preferring literal segments to parameters.</summary>
    public Operation? Find(string method, string path)
    {
        var segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return _operations
            .Where(o => o.Method == method && o.Matches(segments))
            .OrderByDescending(o => o.LiteralSegments)
            .FirstOrDefault();
    }

    /// <summary>True when some operation has this path, whatever its method.</summary>
    public bool HasPath(string path)
    {
        var segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return _operations.Any(o => o.Matches(segments));
    }

    /// <summary>Every way the response breaks the operation's declaration; empty when it conforms.</summary>
    public IReadOnlyList<string> Check(Operation operation, int status, IReadOnlyDictionary<string, string> headers, string? mediaType, string body)
    {
        var responses = operation.Definition["responses"]!.AsObject();
        var key = status.ToString(CultureInfo.InvariantCulture);
        var response = responses[key] ?? responses[$"{key[0]}XX"] ?? responses["default"];
        if (response is null)
            return [$"status {status} is not declared (declared: {string.Join(", ", responses.Select(r => r.Key))})"];

        var problems = new List<string>();
        foreach (var (name, header) in response["headers"] as JsonObject ?? [])
        {
            if (!headers.TryGetValue(name, out var value))
            {
                if (header?["required"]?.GetValue<bool>() == true) problems.Add($"header {name} is required but missing");
                continue;
            }
            if (header?["schema"] is { } schema)
                problems.AddRange(Validate($"{operation.Id}:{key}:header:{name}", schema, HeaderValue(schema, value)).Select(p => $"header {name}: {p}"));
        }

        var content = response["content"] as JsonObject;
        if (content is null || content.Count == 0)
        {
            if (body.Length > 0) problems.Add($"a body ({mediaType}) was sent but the response declares none");
            return problems;
        }
        if (mediaType is null || content[mediaType] is not JsonObject media)
        {
            problems.Add($"content type {mediaType ?? "(none)"} is not declared (declared: {string.Join(", ", content.Select(c => c.Key))})");
            return problems;
        }
        if (media["schema"] is not { } bodySchema) return problems;

        JsonNode? instance;
        try
        {
            instance = JsonNode.Parse(body);
        }
        catch (JsonException e)
        {
            problems.Add($"the body is not JSON: {e.Message}");
            return problems;
        }
        problems.AddRange(Validate($"{operation.Id}:{key}:{mediaType}", bodySchema, instance));
        return problems;
    }

    /// <summary>A response outside every operation (an unknown route) must still be the document's problem shape.</summary>
    public IReadOnlyList<string> CheckProblem(int status, string? mediaType, string body)
    {
        if (mediaType != "application/problem+json") return [$"content type {mediaType ?? "(none)"} is not application/problem+json"];
        if (_components["ProblemDetails"] is null) return ["the document has no ProblemDetails schema"];
        JsonNode? instance;
        try
        {
            instance = JsonNode.Parse(body);
        }
        catch (JsonException e)
        {
            return [$"the body is not JSON: {e.Message}"];
        }
        return Validate($"route:{status}", new JsonObject { ["$ref"] = OpenApiSchemas.ComponentPrefix + "ProblemDetails" }, instance);
    }

    /// <summary>Validates an instance against a schema of this document; for tests that check one schema directly.</summary>
    public IReadOnlyList<string> Validate(string cacheKey, JsonNode schema, JsonNode? instance)
    {
        var compiled = _schemas.GetOrAdd(cacheKey, _ => JsonSchema.FromText(OpenApiSchemas.Standalone(schema, _components).ToJsonString()));
        var result = compiled.Evaluate(instance, Evaluation);
        if (result.IsValid) return [];
        var failures = new List<string>();
        Collect(result, failures);
        return failures.Count > 0 ? failures.Distinct().ToList() : ["the body does not match its schema"];
    }

    /// <summary>The errors of failed nodes only: a branch of an <c>anyOf</c> that another branch satisfied is no failure.</summary>
    private static void Collect(EvaluationResults node, List<string> failures)
    {
        if (node.IsValid) return;
        if (node.HasErrors)
            failures.AddRange(node.Errors!.Select(e => $"at {Pointer(node.InstanceLocation.ToString())}: {e.Value} (schema {node.EvaluationPath}; keyword {e.Key})"));
        foreach (var child in node.Details) Collect(child, failures);
    }

    private static string Pointer(string pointer) => pointer.Length == 0 ? "$" : "$" + pointer.Replace('/', '.');

    /// <summary>Header values are text; a header whose schema is a number or boolean is read as one.</summary>
    private static JsonValue HeaderValue(JsonNode schema, string value)
    {
        var type = schema["type"]?.GetValue<string>();
        if (type == "integer" && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return JsonValue.Create(number);
        if (type == "boolean" && bool.TryParse(value, out var flag)) return JsonValue.Create(flag);
        return JsonValue.Create(value);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Marketplace.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Marketplace.sln not found above the test binaries.");
    }

    public sealed class Operation(string method, string template, JsonObject definition)
    {
        private readonly string[] _segments = template.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);

        public string Method { get; } = method;
        public string Template { get; } = template;
        public JsonObject Definition { get; } = definition;
        public string Id => Definition["operationId"]?.GetValue<string>() ?? $"{Method} {Template}";
        public int LiteralSegments => _segments.Count(s => !s.StartsWith('{'));

        public bool Matches(string[] segments) =>
            segments.Length == _segments.Length
            && _segments.Zip(segments).All(pair => pair.First.StartsWith('{') || pair.First.Equals(pair.Second, StringComparison.OrdinalIgnoreCase));

        public override string ToString() => $"{Method} {Template} ({Id})";
    }
}
