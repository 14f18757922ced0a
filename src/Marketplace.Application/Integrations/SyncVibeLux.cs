using Marketplace.Application.Common.Behaviours;
using Marketplace.Application.Users;

namespace Marketplace.Application.Integrations;

/// <summary>Admin: pull VibeLux facility data now (the <c>Manual</c> data sync; <c>Batch</c> runs the same on a timer).</summary>
[AuthorizeRequest(Roles.Admin)]
[NoInput]
public sealed record SyncVibeLuxCommand : ICommand<SyncResult>;

public sealed class SyncVibeLuxHandler(IFacilitySync sync) : ICommandHandler<SyncVibeLuxCommand, SyncResult>
{
    public async ValueTask<SyncResult> Handle(SyncVibeLuxCommand command, CancellationToken cancellationToken)
    {
        return await sync.RunAsync(cancellationToken);
    }
}
