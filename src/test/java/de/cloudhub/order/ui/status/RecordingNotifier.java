package de.cloudhub.order.ui.status;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Counts notifications and keeps their click actions. */
final class RecordingNotifier implements StatusNotifier {
    final List<StatusNotice> notices = new CopyOnWriteArrayList<>();
    final List<Runnable> actions = new CopyOnWriteArrayList<>();

    @Override
    public void show(StatusNotice notice, Runnable open) {
        notices.add(notice);
        actions.add(open);
    }
}
