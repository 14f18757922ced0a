using GraphQL.Resolvers;
using GraphQL.Types;
using Marketplace.Application.Common;
using Marketplace.Application.Listings;
using Marketplace.Application.Users;

namespace Marketplace.Api.GraphQL;

/// <summary>The schema: the queries and mutations over the slices, and the types read from their records. Built once per host.</summary>
internal sealed class MarketplaceSchema : Schema
{
    public MarketplaceSchema(IServiceProvider services) : base(services)
    {
        Description = "The VibeLux Marketplace over GraphQL: every field sends the same request as its REST endpoint.";
        var types = new ResponseTypes();
        types.Extensions[typeof(ListingResponse)] = listing =>
        {
            listing.AddField(new FieldType
            {
                Name = "grower",
                Description = "The grower's public profile, loaded for all listings of a page at once.",
                ResolvedType = types.OutputOf(typeof(PublicGrowerProfile)),
                Resolver = new FuncFieldResolver<object?>(context =>
                    ((GraphQLRequestContext)context.UserContext).Growers.Load(context, ((ListingResponse)context.Source!).GrowerId)),
            });
            listing.AddField(new FieldType
            {
                Name = "etag",
                Description = "REST's `ETag` of this version: pass it as `ifMatch` to `updateListing`.",
                ResolvedType = new NonNullGraphType(types.OutputOf(typeof(string))),
                Resolver = new FuncFieldResolver<object?>(context => ETags.For(((ListingResponse)context.Source!).Version)),
            });
        };
        Query = new MarketplaceQuery(types, new ConnectionTypes(types));
        Mutation = new MarketplaceMutation(types);
    }
}

/// <summary>What one GraphQL request shares between its fields: the grower data loader.</summary>
internal sealed class GraphQLRequestContext : Dictionary<string, object?>
{
    public GrowerLoader Growers { get; } = new();
}
