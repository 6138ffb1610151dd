package de.cloudhub.order.api;

import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.ClientAddress;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.Terms;
import java.util.List;
import java.util.UUID;

/** SCAFFOLD: the client helper implements it with HttpClient 5 + Jackson. Blocking; call it off the FX thread. */
public class ApiClient implements AutoCloseable {
    public ApiClient(ApiConfig config) {
    }

    public Me me() { throw new ApiException("not wired", null); }
    public Catalog catalog() { throw new ApiException("not wired", null); }
    public Conditional<Catalog> catalog(String etag) { throw new ApiException("not wired", null); }
    public Terms terms() { throw new ApiException("not wired", null); }
    public ClientAddress clientAddress() { throw new ApiException("not wired", null); }
    public List<CustomerRef> customers(String query, int limit) { throw new ApiException("not wired", null); }
    public List<BillingProfile> billingProfiles(String customerId) { throw new ApiException("not wired", null); }
    /** Places the order; retries an ambiguous failure with the same key and returns the one order the server holds. */
    public Order placeOrder(OrderRequest request, UUID idempotencyKey) { throw new ApiException("not wired", null); }
    public List<Order> orders(String customerId, String status) { throw new ApiException("not wired", null); }
    public Order order(String orderId) { throw new ApiException("not wired", null); }
    public Conditional<Order> order(String orderId, String etag) { throw new ApiException("not wired", null); }
    public java.net.URI baseUrl() { throw new ApiException("not wired", null); }

    @Override
    public void close() {
    }
}
