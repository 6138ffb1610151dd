package de.cloudhub.order.ui.wizard;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderDraft;
import de.cloudhub.order.ui.common.LinkOpener;
import de.cloudhub.order.ui.common.TaskRunner;
import java.util.function.Consumer;

/**
 * Everything a page factory may use, built once by the composition root.
 * {@code orderPlaced} is called on the FX thread with the new order; the app then shows its status.
 * {@code keepForLater} stores the unsent order (with its Idempotency-Key) locally so it survives a restart.
 */
public record PageContext(OrderState state, ApiClient api, TaskRunner tasks, WizardNavigator navigator,
                          LinkOpener links, Consumer<Order> orderPlaced,
                          Consumer<OrderDraft> keepForLater) {
}
