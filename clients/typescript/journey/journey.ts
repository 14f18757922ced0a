// A partner's whole journey through the typed client against a running API: a new grower lists produce, a new
// buyer finds it on the board and orders it (with a replayed Idempotency-Key), the order is fulfilled and reviewed,
// and the grower's dashboard shows the sale; then the usual bad requests, whose problem codes are read typed.
//
//   MARKETPLACE_API_URL     the API itself, e.g. http://127.0.0.1:5080/api/marketplace (dev tokens come from here)
//   MARKETPLACE_CLIENT_URL  where the client sends its calls; a validating proxy in front of the API (default: the API)
//
// Any unexpected answer throws, and the process exits with 1.
import { randomUUID } from "node:crypto";
import {
  createMarketplaceClient,
  expectData,
  expectProblem,
  idempotencyKey,
  wasReplayed,
  type MarketplaceClient,
  type Schemas,
} from "../src/client.js";
import { check, contractGuard, day, devToken, need, uniqueWord } from "./support.js";

const apiUrl = need(process.env.MARKETPLACE_API_URL, "MARKETPLACE_API_URL");
const clientUrl = process.env.MARKETPLACE_CLIENT_URL ?? apiUrl;

function client(token?: string): MarketplaceClient {
  return createMarketplaceClient({ baseUrl: clientUrl, ...(token ? { token } : {}), middleware: [contractGuard] });
}

function step(name: string): void {
  console.log(`journey: ${name}`);
}

function listingBody(word: string): Schemas["CreateListingBody"] {
  return {
    title: `Butterhead lettuce ${word}`,
    category: "leafy-greens",
    productType: "lettuce",
    variety: "Butterhead",
    description: "Living butterhead with roots attached, 24 heads per case.",
    growingMethod: "hydroponic",
    certifications: ["usda-organic"],
    grade: "a",
    unit: "case",
    unitPrice: { amount: 2450, currency: "USD" },
    bulkDiscounts: [{ minQuantity: 10, percentOff: 5 }],
    quantityAvailable: 120,
    minimumOrderQuantity: 2,
    lowStockThreshold: 10,
    harvestDate: day(-1),
    availableFrom: day(0),
    availableUntil: day(14),
    shelfLifeDays: 14,
    delivery: { pickup: true, delivery: true, radiusMiles: 50, fee: { amount: 1500, currency: "USD" } },
    location: { city: "Salinas", state: "CA", postalCode: "93901", latitude: 36.67, longitude: -121.65 },
    coldChainRequired: true,
    sustainability: { renewableEnergy: true, pesticideFree: true, waterUsageGalPerUnit: 1.2, carbonKgPerUnit: 0.4 },
  };
}

async function journey(): Promise<void> {
  const run = uniqueWord();
  step(`tokens for journey-grower-${run} and journey-buyer-${run}`);
  const grower = client(await devToken(apiUrl, `journey-grower-${run}`, ["grower"]));
  const buyer = client(await devToken(apiUrl, `journey-buyer-${run}`, ["buyer"]));
  const anonymous = client();

  step("grower and buyer profiles");
  const growerMe = expectData(await grower.PUT("/users/me/grower-profile", {
    body: {
      farmName: `Journey Farm ${run}`, description: "Hydroponic greens", city: "Salinas", state: "CA",
      postalCode: "93901", latitude: 36.67, longitude: -121.65, growingMethods: ["hydroponic"],
      certifications: ["usda-organic"], facilitySizeSqFt: 20000,
    },
  }), 200, "UpsertGrowerProfile");
  check(growerMe.growerProfile?.farmName === `Journey Farm ${run}`, "the grower profile carries the farm name");
  const buyerMe = expectData(await buyer.PUT("/users/me/buyer-profile", {
    body: {
      businessName: `Journey Bistro ${run}`, businessType: "restaurant",
      deliveryAddress: { line1: "1 Main St", city: "Salinas", state: "CA", postalCode: "93901", latitude: 36.7, longitude: -121.6 },
    },
  }), 200, "UpsertBuyerProfile");
  const buyerId = need(buyerMe.id, "buyer id");

  step("create and publish a listing");
  const created = await grower.POST("/listings", { body: listingBody(run) });
  const draft = expectData(created, 201, "CreateListing");
  const listingId = need(draft.id, "listing id");
  check(draft.status === "draft", `a new listing is a draft, not ${draft.status}`);
  check(created.response.headers.get("Location")?.endsWith(`/listings/${listingId}`) === true, "201 names the listing in Location");
  check(Boolean(created.response.headers.get("ETag")), "the listing comes with an ETag");
  const published = expectData(await grower.POST("/listings/{id}/publish", { params: { path: { id: listingId } } }), 200, "PublishListing");
  check(published.status === "active", `a published listing is active, not ${published.status}`);

  step(`find it on the board (q=${run})`);
  const board = expectData(await anonymous.GET("/listings", { params: { query: { q: run } } }), 200, "SearchListings");
  check(need(board.items, "board items").some(item => item.id === listingId), "the board finds the new listing by its word");

  step("place an order with an Idempotency-Key, then replay it");
  const key = randomUUID();
  const orderBody: Schemas["PlaceOrderRequest"] = {
    lines: [{ listingId, quantity: 10 }], deliveryMethod: "pickup", requestedDeliveryDate: day(2), notes: "Back door, please.",
  };
  const first = await buyer.POST("/orders", { body: orderBody, ...idempotencyKey(key) });
  const placed = expectData(first, 201, "PlaceOrder");
  const order = need(placed.order, "order");
  const orderId = need(order.id, "order id");
  check(!wasReplayed(first.response), "a first request is not a replay");
  check(order.buyerId === buyerId && order.growerId === growerMe.id, "the order joins this buyer and this grower");
  check(order.status === "pending", `the simulated provider pays at once, so the order is pending, not ${order.status}`);
  const again = await buyer.POST("/orders", { body: orderBody, ...idempotencyKey(key) });
  const replayed = expectData(again, 201, "PlaceOrder (replay)");
  check(wasReplayed(again.response), "the same key and body answer with Idempotent-Replayed: true");
  check(replayed.order?.id === orderId, "the replay is the same order");

  step("confirm, ship, deliver");
  const path = { params: { path: { id: orderId } } };
  check(expectData(await grower.POST("/orders/{id}/confirm", path), 200, "ConfirmOrder").status === "confirmed", "confirmed");
  check(expectData(await grower.POST("/orders/{id}/ship", path), 200, "ShipOrder").status === "in_transit", "in transit");
  const delivered = expectData(await buyer.POST("/orders/{id}/deliver", path), 200, "DeliverOrder");
  check(delivered.status === "delivered", "delivered");

  step("review");
  const review = expectData(await buyer.POST("/orders/{id}/review", { ...path, body: { rating: 5, comment: "Crisp and cold on arrival." } }),
    200, "ReviewOrder");
  check(review.rating === 5 && review.orderId === orderId, "the review is this order's, rated 5");

  step("the grower's dashboard shows the sale");
  const dashboard = expectData(await grower.GET("/analytics/dashboard", { params: { query: { period: "month" } } }), 200, "GetGrowerDashboard");
  check(dashboard.orders?.total === 1, `one order this month, not ${dashboard.orders?.total}`);
  check(dashboard.revenue?.gross?.amount === order.total?.amount, "gross revenue is what the buyer paid");
  check(dashboard.reviewCount === 1 && dashboard.averageRating === 5, "the review counts on the dashboard");
  check(need(dashboard.topProducts, "top products").some(p => p.listingId === listingId), "the listing is a top product");

  step("bad requests answer typed problems");
  const invalid = expectProblem(await grower.POST("/listings", { body: { ...listingBody(run), availableFrom: day(5), availableUntil: day(1) } }),
    400, "validation_failed", "CreateListing with availableUntil before availableFrom");
  check(Object.keys(invalid.errors ?? {}).includes("availableUntil"), "the validation problem names availableUntil");
  const missing = expectProblem(await anonymous.GET("/listings/{id}", { params: { path: { id: randomUUID() } } }),
    404, "not_found", "GetListing of an unknown id");
  check(missing.traceId.length > 0, "a problem carries its traceId");
  // A bearer token that is not one: Prism only checks that the scheme is used, so the API itself answers.
  expectProblem(await client("not-a-token").POST("/orders", { body: orderBody }), 401, "unauthorized", "PlaceOrder with a bad token");
  const refused = expectProblem(await buyer.POST("/orders/{id}/review", { ...path, body: { rating: 4 } }),
    409, "already_reviewed", "ReviewOrder twice");
  check(refused.status === 409, "the problem's status is the answer's");
}

journey().then(
  () => console.log("journey: passed"),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : error);
    console.error("journey: FAILED");
    process.exit(1);
  },
);
