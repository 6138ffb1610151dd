package de.cloudhub.order.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.testing.SandboxDemo;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /orders} in pages, with several statuses and conditional requests, against the sandbox. */
class OrdersPagesTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private ApiClient client;
    private final List<Order> placed = new ArrayList<>();

    @BeforeEach
    void placeFiveOrders() {
        client = sandbox.client(SandboxDemo.CUSTOMER_TOKEN);
        OrderRequest request = sandbox.validOrder();
        for (int i = 0; i < 5; i++) {
            placed.add(client.placeOrder(request, UUID.randomUUID()));
        }
    }

    @AfterEach
    void close() {
        client.close();
    }

    private List<String> ids(List<Order> orders) {
        return orders.stream().map(Order::id).toList();
    }

    @Test
    void pagesFollowOneAnotherByTheirCursorNewestFirstWithoutGapsOrRepeats() {
        List<Order> all = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        do {
            OrderPage page = client.ordersPage(null, List.of(), 2, cursor, null).value();
            sizes.add(page.orders().size());
            all.addAll(page.orders());
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(sizes).containsExactly(2, 2, 1);
        List<String> newestFirst = new ArrayList<>(ids(placed));
        java.util.Collections.reverse(newestFirst);
        assertThat(ids(all)).isEqualTo(newestFirst);
    }

    @Test
    void anUnchangedPageAnswers304WithItsEtag() {
        Conditional<OrderPage> first = client.ordersPage(null, List.of(), 2, null, null);
        assertThat(first.etag()).isNotBlank();
        Conditional<OrderPage> again = client.ordersPage(null, List.of(), 2, null, first.etag());
        assertThat(again.notModified()).isTrue();
        assertThat(again.etag()).isEqualTo(first.etag());
    }

    @Test
    void aNewOrderChangesTheFirstPagesEtag() {
        Conditional<OrderPage> first = client.ordersPage(null, List.of(), 2, null, null);
        client.placeOrder(sandbox.validOrder(), UUID.randomUUID());
        Conditional<OrderPage> again = client.ordersPage(null, List.of(), 2, null, first.etag());
        assertThat(again.notModified()).isFalse();
        assertThat(again.value().orders()).hasSize(2);
    }

    @Test
    void severalStatusesListOrdersWithAnyOfThem() {
        assertThat(client.ordersPage(null, List.of("new", "processing"), 0, null, null).value().orders())
                .hasSize(5);
        assertThat(client.ordersPage(null, List.of("DONE", "failed"), 0, null, null).value().orders()).isEmpty();
        assertThat(client.ordersPage(null, List.of("failed,new"), 0, null, null).value().orders()).hasSize(5);
    }

    @Test
    void anUnknownCursorIsRefusedWithTheField() {
        assertThatThrownBy(() -> client.ordersPage(null, List.of(), 2, "bm8tc3VjaC1vcmRlcg", null))
                .isInstanceOfSatisfying(ApiProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.errors()).extracting(FieldError::field).containsExactly("cursor");
                });
    }
}
