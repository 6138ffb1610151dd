package de.cloudhub.order.ui.drafts;

import de.cloudhub.order.drafts.DraftRecord;
import java.util.List;
import java.util.Objects;

/** The drafts tests' file transfer: writes "export &lt;id&gt;" and "import" into the list it was given. */
final class RecordingTransfer implements DraftsViewModel.Transfer {
    private final List<String> transfers;

    RecordingTransfer(List<String> transfers) {
        this.transfers = Objects.requireNonNull(transfers, "transfers");
    }

    @Override
    public void export(DraftRecord draft) {
        transfers.add("export " + draft.id());
    }

    @Override
    public void importFile() {
        transfers.add("import");
    }
}
