package de.cloudhub.order.ui.drafts;

import de.cloudhub.order.drafts.DraftRecord;
import de.cloudhub.order.drafts.DraftState;
import java.util.Objects;

/**
 * One line of the drafts list, its texts already made (off the FX thread, while loading), so the list
 * and its search never format or validate anything while the person types.
 *
 * @param draft      the stored draft the line stands for
 * @param title      the draft's title, or a text saying it has none
 * @param customer   the customer's name (or id) for sales staff; empty otherwise
 * @param stateText  draft · sending · outcome unknown · ordered (with the order id)
 * @param price      the monthly price the person last saw; empty while none
 * @param lastChange when the draft last changed, in the person's locale
 * @param readiness  "ready to order" or "N problems"; empty while no catalog is known or the draft is not editable
 * @param problems   the number of problems; -1 while unknown
 * @param searchText title, customer, reference, node size, region (and order id) in lower case, for the search
 */
public record DraftRow(DraftRecord draft, String title, String customer, String stateText, String price,
                       String lastChange, String readiness, int problems, String searchText) {
    public DraftRow {
        Objects.requireNonNull(draft, "draft");
    }

    public String id() {
        return draft.id();
    }

    public DraftState state() {
        return draft.state();
    }
}
