package de.cloudhub.order.ui.drafts;

import de.cloudhub.order.ui.common.I18n;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Node;

/**
 * The drafts view as the main window shows it: one view-model and view, kept from visit to visit (10 000
 * drafts are not laid out anew each time), loaded again at every visit. A change of language builds them
 * anew, in the new language. Call on the FX thread.
 */
public final class DraftsPlace {
    private final Function<I18n, DraftsViewModel> viewModels;
    private DraftsViewModel vm;
    private Node node;
    private I18n builtFor;

    /** {@code viewModels} makes the view-model for a language. */
    public DraftsPlace(Function<I18n, DraftsViewModel> viewModels) {
        this.viewModels = Objects.requireNonNull(viewModels);
    }

    /** The view for a visit in {@code i18n}'s language, with the drafts loaded again. */
    public Node visit(I18n i18n) {
        Objects.requireNonNull(i18n, "i18n");
        if (vm == null || !i18n.locale().equals(builtFor.locale())) {
            vm = viewModels.apply(i18n);
            node = new DraftsView(vm).node();
            builtFor = i18n;
        }
        vm.refresh();
        return node;
    }

    /** The view-model of the last visit; null before the first. */
    DraftsViewModel viewModel() {
        return vm;
    }
}
