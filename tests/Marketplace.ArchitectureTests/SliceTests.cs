using Marketplace.Application.Common.Behaviours;
using Marketplace.Application.Listings.CreateListing;
using Marketplace.Application.Users;
using NetArchTest.Rules;
using static Marketplace.ArchitectureTests.Slices;

namespace Marketplace.ArchitectureTests;

/// <summary>A slice is request + validator + handler; one slice never calls another's handler.</summary>
public sealed class SliceTests
{
    [Fact]
    public void Requests_AreFoundInTheApplicationAssembly()
    {
        Assert.Equal(Layers.ApplicationName, Assembly.GetName().Name);
        Assert.True(Requests.Count >= 10, $"Only {Requests.Count} requests found: {Names(Requests)}");
        Assert.Contains(typeof(CreateListingCommand), Requests);
        Assert.All(Requests, r => Assert.True(IsInApplication(r)));
    }

    [Fact]
    public void EveryRequest_HasExactlyOneValidator_UnlessItDeclaresNoInput()
    {
        Assert.True(Requests.Count >= 10, $"Only {Requests.Count} requests found");
        var wrong = Requests
            .Select(r => (Request: r, Validators: ValidatorsOf(r).ToList(), Expected: DeclaresNoInput(r) ? 0 : 1))
            .Where(x => x.Validators.Count != x.Expected)
            .Select(x => $"{x.Request.Name} has {x.Validators.Count} validators ({Names(x.Validators)}), expected {x.Expected}")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }

    [Fact]
    public void RequestsThatDeclareNoInput_HaveNoProperties()
    {
        var noInput = Requests.Where(DeclaresNoInput).ToList();
        Assert.NotEmpty(noInput);
        Assert.True(noInput.Count < Requests.Count / 4, $"{noInput.Count} of {Requests.Count} requests declare no input");
        var carrying = noInput
            .Where(r => r.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance).Length > 0)
            .Select(r => r.Name)
            .ToList();

        Assert.True(carrying.Count == 0, $"[NoInput] requests that carry input after all: {string.Join(", ", carrying)}");
    }

    [Fact]
    public void EveryRequest_HasExactlyOneHandler()
    {
        Assert.True(Handlers.Count >= 10, $"Only {Handlers.Count} handlers found: {Names(Handlers)}");
        var wrong = Requests
            .Select(r => (Request: r, Handlers: Handlers.Where(h => HandledBy(h).Contains(r)).ToList()))
            .Where(x => x.Handlers.Count != 1)
            .Select(x => $"{x.Request.Name} has {x.Handlers.Count} handlers ({Names(x.Handlers)})")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }

    [Fact]
    public void EveryHandler_HandlesARequestOfTheApplication()
    {
        Assert.NotEmpty(Handlers);
        Assert.All(Handlers, h => Assert.All(HandledBy(h), r => Assert.Contains(r, Requests)));
    }

    [Fact]
    public void NoHandler_DependsOnAnotherHandler()
    {
        Assert.True(Handlers.Count >= 10, $"Only {Handlers.Count} handlers found");
        var types = Types.InAssembly(Assembly);
        var broken = new List<string>();
        foreach (var handler in Handlers)
        {
            var others = Handlers.Where(h => h != handler).Select(h => h.FullName!).ToArray();
            var selected = types.That().HaveName(handler.Name).And().ResideInNamespace(handler.Namespace!);
            Assert.Single(selected.GetTypes());
            var result = selected.ShouldNot().HaveDependencyOnAny(others).GetResult();
            if (!result.IsSuccessful) broken.Add(handler.Name);
        }

        Assert.True(broken.Count == 0, $"Handlers that use another slice's handler: {string.Join(", ", broken)}");
    }

    [Fact]
    public void NoHandler_TakesAnotherHandlerOrTheMediator()
    {
        Assert.NotEmpty(Handlers);
        var forbidden = Handlers.Concat([typeof(Mediator.ISender), typeof(Mediator.IMediator)]).ToHashSet();
        var broken = Handlers
            .SelectMany(h => h.GetConstructors().SelectMany(c => c.GetParameters())
                .Where(p => forbidden.Contains(p.ParameterType))
                .Select(p => $"{h.Name}({p.ParameterType.Name})"))
            .ToList();

        Assert.True(broken.Count == 0, $"Handlers that call another slice: {string.Join(", ", broken)}");
    }

    [Fact]
    public void DependencySearch_CatchesAHandlerUsingAnotherClass()
    {
        // The handler rule can only fail if the search sees class-to-class dependencies; prove it does,
        // with the same call shape, on a dependency CreateListingHandler really has.
        var selected = Types.InAssembly(Assembly).That().HaveName(nameof(CreateListingHandler));
        Assert.Single(selected.GetTypes());

        var result = selected.ShouldNot().HaveDependencyOnAny(typeof(UserDirectory).FullName!).GetResult();

        Assert.False(result.IsSuccessful);
        Assert.Contains(typeof(CreateListingHandler).FullName, result.FailingTypeNames);
    }

    private static bool DeclaresNoInput(Type request) => Attribute.IsDefined(request, typeof(NoInputAttribute), inherit: false);
}
