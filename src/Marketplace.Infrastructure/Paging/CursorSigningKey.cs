using System.Security.Cryptography;
using System.Text;
using Marketplace.Application.Common.Ports;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Paging;

/// <summary>
/// The configured key, or the one stored in <c>marketplace_server_secrets</c>, created by whichever host needs it
/// first. Read once per process: the key never changes while the database lives.
/// </summary>
internal sealed class CursorSigningKey(IOptions<PagingOptions> options, IServiceScopeFactory scopes, TimeProvider clock) : ICursorSigningKey, IDisposable
{
    public const string SecretName = ServerSecret.CursorSigningKeyName;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private byte[]? _key;

    public void Dispose() => _loading.Dispose();

    public async ValueTask<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        if (_key is not null) return _key;
        if (options.Value.HasConfiguredKey) return _key = Encoding.UTF8.GetBytes(options.Value.CursorSigningKey!);
        await _loading.WaitAsync(cancellationToken);
        try
        {
            return _key ??= await LoadOrCreateAsync(cancellationToken);
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task<byte[]> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        if (await ReadAsync(cancellationToken) is { } stored) return stored;
        var key = RandomNumberGenerator.GetBytes(PagingOptions.MinimumKeyBytes);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
            db.Set<ServerSecret>().Add(new ServerSecret { Name = SecretName, Value = Convert.ToBase64String(key), CreatedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
            return key;
        }
        catch (DbUpdateException)
        {
            // Another host stored its key between our read and our insert; the primary key kept the first, which all hosts use.
            return await ReadAsync(cancellationToken) ?? throw new InvalidOperationException("The cursor signing key could neither be stored nor read.");
        }
    }

    private async Task<byte[]?> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var value = await db.Set<ServerSecret>().AsNoTracking().Where(s => s.Name == SecretName).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        return value is null ? null : Convert.FromBase64String(value);
    }
}
