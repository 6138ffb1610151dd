package de.cloudhub.order.ui.drafts;

import de.cloudhub.order.drafts.DraftFileImport;
import de.cloudhub.order.drafts.DraftFiles;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.common.FileType;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.TaskRunner;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draft files in and out of the app, for the drafts view, drag and drop and "open with": the file
 * choosers and every message go through the {@link DialogService}, reading and writing run off the FX
 * thread through the {@link TaskRunner}. No nodes; call it on the FX thread.
 *
 * <p>An import hands the draft to the caller, who makes a new draft of it (with a new Idempotency-Key:
 * a file never carries one). A file that is refused is named in one dialog with the one reason; values
 * of the file that were left out (of the wrong type) are named in a dialog after the draft was handed on,
 * so nothing is dropped silently.
 */
public final class DraftTransfer {
    private static final Logger LOG = LoggerFactory.getLogger(DraftTransfer.class);

    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Supplier<I18n> i18n;
    private final Clock clock;

    public DraftTransfer(DialogService dialogs, TaskRunner tasks, Supplier<I18n> i18n, Clock clock) {
        this.dialogs = Objects.requireNonNull(dialogs);
        this.tasks = Objects.requireNonNull(tasks);
        this.i18n = Objects.requireNonNull(i18n);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The kind of file the choosers offer: Cloudhub order drafts. */
    public FileType fileType() {
        return new FileType(i18n.get().t("draftfile.type"), List.of(DraftFiles.EXTENSION));
    }

    /**
     * "Export": asks where to save the draft (offering its title as the file name), writes it and says
     * where it went, or why it could not be written. Nothing happens when the person cancels.
     */
    public void exportDraft(String title, OrderRequest order) {
        Objects.requireNonNull(order, "order");
        I18n t = i18n.get();
        String suggested = DraftFiles.fileName(title, t.t("draftfile.default-name"));
        dialogs.chooseFileToSave(t.t("draftfile.export.choose"), suggested, fileType()).ifPresent(file ->
                tasks.run(() -> {
                    DraftFiles.write(file, title, order, clock.instant());
                    return file;
                }, written -> {
                    I18n now = i18n.get();
                    dialogs.showInfo(now.t("draftfile.export.done.title"),
                            now.t("draftfile.export.done.message", written.getFileName(), parentOf(written)));
                }, failure -> {
                    LOG.warn("Could not export the draft to {}", file, failure);
                    I18n now = i18n.get();
                    dialogs.showError(now.t("draftfile.export.failed.title"),
                            now.t("draftfile.export.failed.message", file.getFileName(), parentOf(file),
                                    why(failure, now)));
                }));
    }

    /** "Import": asks for a file and imports it like {@link #importFile}. Nothing happens when the person cancels. */
    public void importChosen(Consumer<DraftFileImport.Read> onDraft) {
        Objects.requireNonNull(onDraft, "onDraft");
        dialogs.chooseFileToOpen(i18n.get().t("draftfile.import.choose"), fileType())
                .ifPresent(file -> importFile(file, onDraft));
    }

    /**
     * Reads {@code file} (a dropped file, the program's argument, a chosen file) and hands the draft to
     * {@code onDraft}; a refused file is shown with its one reason and nothing else happens.
     */
    public void importFile(Path file, Consumer<DraftFileImport.Read> onDraft) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(onDraft, "onDraft");
        tasks.run(() -> DraftFiles.read(file), result -> {
            if (result instanceof DraftFileImport.Read read) {
                onDraft.accept(read);
                if (!read.leftOut().isEmpty()) {
                    I18n t = i18n.get();
                    dialogs.showInfo(t.t("draftfile.import.left-out.title"),
                            t.t("draftfile.import.left-out.message", nameOf(file), String.join(", ", read.leftOut())));
                }
            } else if (result instanceof DraftFileImport.Refused refused) {
                I18n t = i18n.get();
                dialogs.showError(t.t("draftfile.import.refused.title"), refusal(refused, file, t));
            }
        }, failure -> {
            LOG.error("Reading the draft file {} failed unexpectedly", file, failure);
            I18n t = i18n.get();
            dialogs.showError(t.t("draftfile.import.refused.title"),
                    t.t("draftfile.import.unreadable", nameOf(file), String.valueOf(failure.getMessage())));
        });
    }

    /** The one sentence for a refused file: what is wrong with it and what to do. */
    static String refusal(DraftFileImport.Refused refused, Path file, I18n t) {
        String key = "draftfile.import." + refused.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (refused.reason()) {
            case TOO_LARGE -> t.t(key, nameOf(file), Long.parseLong(refused.detail()) / 1024 / 1024);
            case TOO_DEEP -> t.t(key, nameOf(file), Integer.parseInt(refused.detail()));
            default -> t.t(key, nameOf(file), refused.detail());
        };
    }

    private static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static String parentOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? "" : parent.toString();
    }

    /** Why a file could not be written, in the person's words where the system says it clearly. */
    private static String why(Throwable failure, I18n t) {
        if (failure instanceof AccessDeniedException) {
            return t.t("draftfile.export.failed.denied");
        }
        if (failure instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
