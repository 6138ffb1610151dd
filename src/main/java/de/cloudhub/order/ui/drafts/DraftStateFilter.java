package de.cloudhub.order.ui.drafts;

import de.cloudhub.order.drafts.DraftState;
import java.util.Locale;

/** Which drafts the list shows by their state. */
public enum DraftStateFilter {
    ALL(null),
    DRAFT(DraftState.DRAFT),
    SENDING(DraftState.SENDING),
    OUTCOME_UNKNOWN(DraftState.OUTCOME_UNKNOWN),
    ORDERED(DraftState.ORDERED);

    private final DraftState state;

    DraftStateFilter(DraftState state) {
        this.state = state;
    }

    public boolean accepts(DraftState s) {
        return state == null || state == s;
    }

    /** The i18n key of the filter's name. */
    public String key() {
        return "drafts.filter.state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
