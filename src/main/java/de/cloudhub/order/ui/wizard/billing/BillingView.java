package de.cloudhub.order.ui.wizard.billing;

import de.cloudhub.order.api.ApiFailure;
import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.ui.common.ComboBoxTypeAhead;
import de.cloudhub.order.ui.common.FailureMessage;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.OrderingFor;
import de.cloudhub.order.ui.common.ViewListeners;
import de.cloudhub.order.ui.ordering.FieldProblem;
import de.cloudhub.order.ui.ordering.LeftOutNotices;
import de.cloudhub.order.ui.ordering.PageHeading;
import de.cloudhub.order.model.BillingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Builds the billing page from its view-model; binds, holds no state of its own. */
final class BillingView {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass GROUP_END = PseudoClass.getPseudoClass("group-end");
    /** A list that stands in for the server's answer, or is missing, because there is no connection. */
    private static final PseudoClass OFFLINE = PseudoClass.getPseudoClass("offline");

    private BillingView() {
    }

    static Node build(BillingViewModel vm, I18n i18n) {
        Label title = PageHeading.title(i18n.t("checkout.billing.title"));
        Label intro = PageHeading.intro(i18n.t("checkout.billing.intro"));

        VBox root = new VBox();
        root.getStyleClass().addAll("checkout-page");

        Node customer = customerSection(vm, i18n, root);
        Node leftOut = LeftOutNotices.section("billing-left-out", vm.leftOut(), i18n, root);

        ToggleGroup group = new ToggleGroup();
        RadioButton existing = new RadioButton(i18n.t("checkout.billing.existing"));
        existing.setId("billing-existing");
        existing.setToggleGroup(group);
        RadioButton fresh = new RadioButton(i18n.t("checkout.billing.new"));
        fresh.setId("billing-new");
        fresh.setToggleGroup(group);
        // the arrow keys move the selection in a radio group without an action event: follow the selection
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == existing) {
                vm.setMode(BillingMode.EXISTING);
            } else if (now == fresh) {
                vm.setMode(BillingMode.NEW);
            }
        });
        HBox modes = new HBox(existing, fresh);
        modes.getStyleClass().add("billing-modes");

        Node existingSection = existingSection(vm, i18n, root);
        Node newSection = newProfileSection(vm, i18n, root);
        ViewListeners.onValue(root, vm.modeProperty(), mode -> {
            boolean isNew = mode == BillingMode.NEW;
            existing.setSelected(!isNew);
            fresh.setSelected(isNew);
            show(existingSection, !isNew);
            show(newSection, isNew);
        });

        Label refLabel = new Label(i18n.t("checkout.billing.reference"));
        TextField reference = new TextField();
        reference.setId("order-reference");
        reference.setPromptText(i18n.t("checkout.billing.reference-prompt"));
        reference.textProperty().bindBidirectional(vm.referenceProperty());
        refLabel.setLabelFor(reference);
        Label refHint = new Label(i18n.t("checkout.billing.reference-hint"));
        refHint.getStyleClass().add("field-hint");
        Label refProblem = problemLabel("order-reference-problem");
        bindProblem(root, vm.problemProperty(BillingViewModel.FIELD_REFERENCE), reference, refProblem, i18n, false);
        VBox referenceBox = new VBox(refLabel, reference, refHint, refProblem);
        referenceBox.getStyleClass().add("form-field");
        reference.setMaxWidth(420);

        root.getChildren().addAll(title, intro, leftOut, customer, modes, existingSection, newSection, referenceBox);
        ScrollPane page = new ScrollPane(root);
        page.setId("page-billing");
        page.setFitToWidth(true);
        page.getStyleClass().add("edge-to-edge");
        return page;
    }

    /**
     * Whom the profiles are for (sales staff chose the customer on the first step) and, after a change of
     * the customer, that the billing choice of the one before was cleared.
     */
    private static Node customerSection(BillingViewModel vm, I18n i18n, Node root) {
        Label forWhom = new Label();
        forWhom.setId("billing-customer");
        forWhom.getStyleClass().add("customer-selected");
        forWhom.setWrapText(true);
        ViewListeners.onChange(root, () -> {
            CustomerRef c = vm.selectedCustomerProperty().get();
            String id = vm.selectedCustomerIdProperty().get();
            forWhom.setText(id == null ? "" : i18n.t("checkout.billing.customer.profiles-of", OrderingFor.customer(i18n, id, c)));
            show(forWhom, vm.salesProperty().get() && id != null);
        }, vm.selectedCustomerProperty(), vm.selectedCustomerIdProperty(), vm.salesProperty());
        Label changed = new Label();
        changed.setId("billing-cleared-notice");
        changed.getStyleClass().add("wizard-notice");
        changed.setWrapText(true);
        ViewListeners.onValue(root, vm.customerChangeNoticeProperty(), p -> {
            changed.setText(p == null ? "" : i18n.problem(p));
            show(changed, p != null);
        });
        Label problem = problemLabel("customer-problem");
        ViewListeners.onValue(root, vm.problemProperty(BillingViewModel.FIELD_CUSTOMER), fp -> {
            problem.setText(fp == null ? "" : fp.text(i18n));
            problem.pseudoClassStateChanged(ERROR, fp != null && fp.problem().isError());
            show(problem, fp != null);
        });
        VBox box = new VBox(forWhom, changed, problem);
        box.getStyleClass().add("billing-customer");
        return box;
    }

    private static Node existingSection(BillingViewModel vm, I18n i18n, Node root) {
        ListView<BillingProfile> list = new ListView<>(vm.profiles());
        list.setId("billing-profile-choice");
        list.setPrefHeight(210);
        list.setAccessibleText(i18n.t("checkout.billing.existing"));
        list.setCellFactory(v -> new ProfileCell(i18n));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(vm.selectedProfileProperty().get())) {
                vm.selectProfile(now);
            }
        });
        ViewListeners.onChange(root, () -> {
            BillingProfile p = vm.selectedProfileProperty().get();
            if (p == null) {
                list.getSelectionModel().clearSelection();
            } else if (!p.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(p);
            }
        }, vm.selectedProfileProperty(), vm.profiles());

        Label status = new Label();
        status.setId("billing-profiles-status");
        status.getStyleClass().add("load-status");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Button retry = new Button(i18n.t("checkout.billing.profiles.retry"));
        retry.setId("billing-profiles-retry");
        retry.setMinWidth(Control.USE_PREF_SIZE);
        retry.setOnAction(e -> vm.loadProfiles());
        HBox statusRow = new HBox(status, retry);
        statusRow.getStyleClass().add("inline-row");
        ViewListeners.onChange(root, () -> {
            LoadState st = vm.profilesLoadProperty().get();
            status.setText(switch (st) {
                case LOADING -> i18n.t("checkout.billing.profiles.loading");
                case FAILED -> i18n.t("checkout.billing.profiles.failed", failureOf(vm.getProfilesFailure()));
                case LAST_SEEN -> i18n.t(vm.profiles().isEmpty() ? "checkout.billing.profiles.last-seen-none"
                        : "checkout.billing.profiles.last-seen", dateTime(vm.profilesSeenAtProperty().get(), i18n));
                case NEEDS_CONNECTION -> i18n.t("checkout.billing.profiles.need-connection");
                case LOADED -> vm.profiles().isEmpty() ? i18n.t("checkout.billing.profiles.none") : "";
                case IDLE -> vm.customerIdProperty().get() == null ? i18n.t("checkout.billing.profiles.no-customer") : "";
            });
            status.pseudoClassStateChanged(ERROR, st == LoadState.FAILED);
            status.pseudoClassStateChanged(OFFLINE, st == LoadState.LAST_SEEN || st == LoadState.NEEDS_CONNECTION);
            show(retry, st.worthReloading());
            show(statusRow, !status.getText().isEmpty() || st.worthReloading());
            show(list, !vm.profiles().isEmpty());
        }, vm.profilesLoadProperty(), vm.profiles(), vm.customerIdProperty(), vm.profilesSeenAtProperty());
        Label problem = problemLabel("billing-profile-problem");
        bindProblem(root, vm.problemProperty(BillingViewModel.FIELD_PROFILE_ID), list, problem, i18n, false);
        VBox box = new VBox(list, statusRow, problem);
        box.getStyleClass().add("checkout-section");
        return box;
    }

    private static Node newProfileSection(BillingViewModel vm, I18n i18n, Node root) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("billing-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setMaxWidth(460);
        grid.getColumnConstraints().addAll(labels, inputs);
        int row = 0;
        for (String field : BillingViewModel.PROFILE_FIELDS) {
            Control input = "country".equals(field) ? countryBox(vm, i18n) : textField(vm, field, i18n);
            Label label = new Label(i18n.t("checkout.billing.field." + field));
            label.setLabelFor(input);
            label.getStyleClass().add("form-label");
            Label problem = problemLabel(idOf(field) + "-problem");
            // the problem line keeps its room while hidden: a message appearing while the user types
            // does not push the fields below down
            bindProblem(root, vm.problemProperty(BillingViewModel.PROFILE_PREFIX + field), input, problem, i18n, true);
            // the label sits on the input's text baseline
            GridPane.setValignment(label, VPos.BASELINE);
            GridPane.setValignment(input, VPos.BASELINE);
            grid.add(label, 0, row);
            grid.add(input, 1, row);
            grid.add(problem, 1, row + 1);
            row += 2;
        }
        return grid;
    }

    private static TextField textField(BillingViewModel vm, String field, I18n i18n) {
        TextField input = new TextField();
        input.setId(idOf(field));
        input.textProperty().bindBidirectional(vm.input(field));
        String promptKey = "checkout.billing.prompt." + field;
        if (i18n.has(promptKey)) {
            input.setPromptText(i18n.t(promptKey));
        }
        return input;
    }

    private static ComboBox<String> countryBox(BillingViewModel vm, I18n i18n) {
        Locale locale = i18n.locale();
        ComboBox<String> box = new ComboBox<>();
        box.setId("billing-country");
        box.getItems().setAll(vm.countryChoices(locale));
        StringConverter<String> names = new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : i18n.t("checkout.billing.country-item",
                        BillingViewModel.countryName(code, locale), code);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
        box.setConverter(names);
        String lastPreferred = BillingViewModel.PREFERRED_COUNTRIES.get(BillingViewModel.PREFERRED_COUNTRIES.size() - 1);
        box.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                setText(empty || code == null ? null : names.toString(code));
                // a line below the countries offered first
                pseudoClassStateChanged(GROUP_END, !empty && lastPreferred.equals(code));
            }
        });
        box.setVisibleRowCount(12);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(vm.input("country"));
        ComboBoxTypeAhead.install(box, code -> BillingViewModel.countryName(code, locale), locale);
        return box;
    }

    /** {@code postalCode} → {@code billing-postal-code}, the stable ids of the issue. */
    static String idOf(String field) {
        return switch (field) {
            case "postalCode" -> "billing-postal-code";
            case "vatId" -> "billing-vat-id";
            case "contactName" -> "billing-contact-name";
            default -> "billing-" + field;
        };
    }

    private static Label problemLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-problem");
        l.setWrapText(true);
        show(l, false);
        return l;
    }

    private static void bindProblem(Node root, ReadOnlyObjectProperty<FieldProblem> problem, Control input,
                                    Label label, I18n i18n, boolean keepRoom) {
        ViewListeners.onValue(root, problem, fp -> {
            boolean error = fp != null && fp.problem().isError();
            label.setText(fp == null ? "" : fp.text(i18n));
            label.pseudoClassStateChanged(ERROR, error);
            label.pseudoClassStateChanged(WARNING, fp != null && !error);
            input.pseudoClassStateChanged(ERROR, error);
            input.pseudoClassStateChanged(WARNING, fp != null && !error);
            label.setVisible(fp != null);
            label.setManaged(keepRoom || fp != null);
            if (fp != null) {
                input.setAccessibleHelp(label.getText());
            } else {
                input.setAccessibleHelp(null);
            }
        });
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private static final class ProfileCell extends ListCell<BillingProfile> {
        private final I18n i18n;

        ProfileCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(BillingProfile p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label company = new Label(p.company());
            company.getStyleClass().add("card-title");
            Label address = new Label(i18n.t("checkout.billing.profile.address", p.street(), p.postalCode(), p.city(),
                    new Locale("", p.country() == null ? "" : p.country()).getDisplayCountry(i18n.locale())));
            Label email = new Label(i18n.t("checkout.billing.profile.email", p.email()));
            VBox box = new VBox(company, address, email);
            box.getStyleClass().add("profile-cell");
            if (p.name() != null && !p.name().isBlank() && !p.name().equals(p.company())) {
                Label name = new Label(p.name());
                name.getStyleClass().add("card-subtitle");
                box.getChildren().add(1, name);
            }
            setText(null);
            setGraphic(box);
            setAccessibleText(i18n.t("checkout.billing.profile.accessible", p.company(), p.street(), p.postalCode(),
                    p.city(), p.email()));
        }
    }

    /** When a kept list was seen, in the person's language and time zone, e.g. "30.11.26, 09:15". */
    private static String dateTime(Instant at, I18n i18n) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(i18n.locale()).withZone(ZoneId.systemDefault()).format(at);
    }

    private static FailureMessage failureOf(FailureMessage known) {
        return known == null ? FailureMessage.of(ApiFailure.OTHER) : known;
    }
}
