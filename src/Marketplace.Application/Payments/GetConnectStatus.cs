using Marketplace.Application.Common.Behaviours;
using Marketplace.Application.Users;

namespace Marketplace.Application.Payments;

/// <summary>Whether a grower can be paid.</summary>
/// <param name="AccountId">The grower's connected payment account; null before onboarding.</param>
/// <param name="ChargesEnabled">Orders can be paid to the grower.</param>
/// <param name="PayoutsEnabled">The provider pays out to the grower's bank.</param>
/// <param name="DetailsSubmitted">The grower finished the provider's forms.</param>
public sealed record ConnectStatusResponse(string? AccountId, bool ChargesEnabled, bool PayoutsEnabled, bool DetailsSubmitted);

/// <summary>The grower's connected account as the provider sees it now; the stored flags follow.</summary>
[AuthorizeRequest(Roles.Grower)]
[NoInput]
public sealed record GetConnectStatusCommand : ICommand<ConnectStatusResponse>;

public sealed class GetConnectStatusHandler(UserDirectory users, IPaymentGateway payments, TimeProvider clock)
    : ICommandHandler<GetConnectStatusCommand, ConnectStatusResponse>
{
    public async ValueTask<ConnectStatusResponse> Handle(GetConnectStatusCommand command, CancellationToken cancellationToken)
    {
        var grower = await users.GetCallerAsync(cancellationToken);
        if (grower.GrowerProfile?.PaymentAccountId is not { } accountId) return new ConnectStatusResponse(null, false, false, false);

        var status = await payments.GetConnectedAccountAsync(accountId, cancellationToken);
        grower.UpdatePaymentAccount(status.ChargesEnabled, status.PayoutsEnabled, status.DetailsSubmitted, clock.GetUtcNow());
        return new ConnectStatusResponse(accountId, status.ChargesEnabled, status.PayoutsEnabled, status.DetailsSubmitted);
    }
}
