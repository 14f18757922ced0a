using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Marketplace.Bench.Orders;

/// <summary>HS256 tokens as VibeLux issues them, signed with the key the benchmark gives the API.</summary>
internal static class BenchTokens
{
    public const string SigningKey = "bench-only-signing-key-not-a-secret-0123456789";

    public static string For(string subject, params string[] roles)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Encode(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var payload = Encode(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["sub"] = subject, ["iss"] = "vibelux", ["aud"] = "marketplace", ["iat"] = now, ["nbf"] = now, ["exp"] = now + 7200,
            ["roles"] = roles,
        }));
        var signature = Encode(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SigningKey), Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
