using System.Text;

namespace Marketplace.Infrastructure.Paging;

/// <summary><c>Marketplace:Paging</c>.</summary>
public sealed class PagingOptions
{
    public const string Section = "Marketplace:Paging";
    public const int MinimumKeyBytes = 32;

    /// <summary>Signs paging cursors; at least 32 bytes (UTF-8). Unset: a key generated once and kept in the database.</summary>
    public string? CursorSigningKey { get; set; }

    public bool HasConfiguredKey => !string.IsNullOrEmpty(CursorSigningKey);

    public bool IsValid => !HasConfiguredKey || Encoding.UTF8.GetByteCount(CursorSigningKey!) >= MinimumKeyBytes;
}

internal sealed class PagingOptionsValidator : Settings.OptionsValidator<PagingOptions>
{
    protected override IEnumerable<string> Failures(PagingOptions o)
    {
        if (!o.IsValid) yield return $"Marketplace:Paging:CursorSigningKey must be at least {PagingOptions.MinimumKeyBytes} bytes, or unset.";
    }
}
