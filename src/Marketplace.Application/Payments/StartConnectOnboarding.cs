using Marketplace.Application.Common.Behaviours;
using Marketplace.Application.Users;

namespace Marketplace.Application.Payments;

/// <summary>Where a grower sets up payouts.</summary>
/// <param name="AccountId">The grower's connected payment account.</param>
/// <param name="OnboardingUrl">Send the grower here to finish setting up payouts with the provider.</param>
public sealed record ConnectOnboardingResponse(string AccountId, string OnboardingUrl);

/// <summary>A grower starts (or resumes) payout onboarding: one connected account per grower, and a fresh link.</summary>
[AuthorizeRequest(Roles.Grower)]
[NoInput]
public sealed record StartConnectOnboardingCommand : ICommand<ConnectOnboardingResponse>;

public sealed class StartConnectOnboardingHandler(UserDirectory users, IPaymentGateway payments, TimeProvider clock)
    : ICommandHandler<StartConnectOnboardingCommand, ConnectOnboardingResponse>
{
    public async ValueTask<ConnectOnboardingResponse> Handle(StartConnectOnboardingCommand command, CancellationToken cancellationToken)
    {
        var grower = await users.GetCallerAsync(cancellationToken);
        if (grower.GrowerProfile is null)
            throw new ForbiddenException("grower_profile_required", "Create your grower profile before setting up payouts.");

        var accountId = grower.GrowerProfile.PaymentAccountId
            ?? await payments.CreateConnectedAccountAsync(new ConnectedAccountRequest(grower.Id, grower.Email, $"account-{grower.Id}"), cancellationToken);
        grower.LinkPaymentAccount(accountId, clock.GetUtcNow());
        return new ConnectOnboardingResponse(accountId, await payments.CreateOnboardingLinkAsync(accountId, cancellationToken));
    }
}
