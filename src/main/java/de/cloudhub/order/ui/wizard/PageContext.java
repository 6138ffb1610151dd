package de.cloudhub.order.ui.wizard;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderDraft;
import de.cloudhub.order.ui.common.LinkOpener;
import de.cloudhub.order.ui.common.LinkPolicy;
import de.cloudhub.order.ui.common.TaskRunner;
import java.util.function.Consumer;

/**
 * Everything a page factory may use, built once by the composition root.
 * {@code orderPlaced} is called on the FX thread with the new order; the app then shows its status.
 * {@code keepForLater} stores the unsent order (with its Idempotency-Key) locally so it survives a restart.
 * {@code earlierOrderFound} is called on the FX thread with an order an earlier, unanswered press placed
 * after all (found when the changed order was refused for reusing its key); the app follows it while
 * the wizard keeps the current input. {@code linkPolicy} decides which links of the server may be opened
 * (the customer portal's origin).
 */
public record PageContext(OrderState state, ApiClient api, TaskRunner tasks, WizardNavigator navigator,
                          LinkOpener links, Consumer<Order> orderPlaced,
                          Consumer<OrderDraft> keepForLater, Consumer<Order> earlierOrderFound,
                          LinkPolicy linkPolicy) {

    /** A context that opens links of the server (terms documents) only on the API's own origin. */
    public PageContext(OrderState state, ApiClient api, TaskRunner tasks, WizardNavigator navigator,
                       LinkOpener links, Consumer<Order> orderPlaced, Consumer<OrderDraft> keepForLater,
                       Consumer<Order> earlierOrderFound) {
        this(state, api, tasks, navigator, links, orderPlaced, keepForLater, earlierOrderFound,
                LinkPolicy.onOriginOf(api));
    }

    /** A context whose earlier-order hand-over does nothing beyond the summary's notice. */
    public PageContext(OrderState state, ApiClient api, TaskRunner tasks, WizardNavigator navigator,
                       LinkOpener links, Consumer<Order> orderPlaced, Consumer<OrderDraft> keepForLater) {
        this(state, api, tasks, navigator, links, orderPlaced, keepForLater, order -> { });
    }
}
