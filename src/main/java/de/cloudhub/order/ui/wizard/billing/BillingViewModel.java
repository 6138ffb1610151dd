package de.cloudhub.order.ui.wizard.billing;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.model.BillingRules;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.OrderValidator;
import de.cloudhub.order.model.Problem;
import de.cloudhub.order.ui.common.FailureMessage;
import de.cloudhub.order.ui.common.TaskRunner;
import de.cloudhub.order.ui.ordering.FieldProblem;
import de.cloudhub.order.ui.ordering.FieldSteps;
import de.cloudhub.order.ui.ordering.OrderStateChanges;
import de.cloudhub.order.ui.ordering.PageProblems;
import de.cloudhub.order.ui.ordering.ServerProblems;
import de.cloudhub.order.ui.wizard.BillingMode;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.model.StepId;
import de.cloudhub.order.ui.wizard.StepViewModel;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Step 6: who pays. Sales staff first pick the customer; then an existing billing profile of that
 * customer or a new one, checked field by field. Also the optional order reference (PO number).
 */
public final class BillingViewModel implements StepViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(BillingViewModel.class);
    public static final int CUSTOMER_SEARCH_LIMIT = 20;

    /**
     * Inputs of the new-profile form in the order they are asked, by their model field name (path
     * {@code billing.newProfile.<name>}). The country comes before the address: it decides what a
     * postal code and a VAT id must look like.
     */
    public static final List<String> PROFILE_FIELDS =
            List.of("company", "country", "street", "postalCode", "city", "email", "contactName", "vatId");
    /** The countries most customers bill to, offered first. */
    public static final List<String> PREFERRED_COUNTRIES = List.of("DE", "AT", "CH");
    public static final String PROFILE_PREFIX = "billing.newProfile.";
    /** Field paths of this page that are not part of the new-profile form. */
    public static final String FIELD_PROFILE_ID = "billing.profileId";
    public static final String FIELD_CUSTOMER = "customerId";
    public static final String FIELD_REFERENCE = "reference";

    private final OrderState state;
    private final ApiClient api;
    private final TaskRunner tasks;
    private final PageProblems problems = new PageProblems();

    private final ReadOnlyBooleanWrapper sales = new ReadOnlyBooleanWrapper(this, "sales");
    private final StringProperty customerQuery = new SimpleStringProperty(this, "customerQuery", "");
    private final ObservableList<CustomerRef> customers = FXCollections.observableArrayList();
    private final ObservableList<CustomerRef> readOnlyCustomers = FXCollections.unmodifiableObservableList(customers);
    private final ReadOnlyObjectWrapper<LoadState> customersLoad = new ReadOnlyObjectWrapper<>(this, "customersLoad", LoadState.IDLE);
    /** Why the customer search failed; set before {@link #customersLoad} turns FAILED. */
    private final ReadOnlyObjectWrapper<FailureMessage> customersFailure = new ReadOnlyObjectWrapper<>(this, "customersFailure");
    private final ReadOnlyObjectWrapper<CustomerRef> selectedCustomer = new ReadOnlyObjectWrapper<>(this, "selectedCustomer");
    private final ObservableList<BillingProfile> profiles = FXCollections.observableArrayList();
    private final ObservableList<BillingProfile> readOnlyProfiles = FXCollections.unmodifiableObservableList(profiles);
    private final ReadOnlyObjectWrapper<LoadState> profilesLoad = new ReadOnlyObjectWrapper<>(this, "profilesLoad", LoadState.IDLE);
    /** Why loading the profiles failed; set before {@link #profilesLoad} turns FAILED. */
    private final ReadOnlyObjectWrapper<FailureMessage> profilesFailure = new ReadOnlyObjectWrapper<>(this, "profilesFailure");
    private final ReadOnlyObjectWrapper<BillingProfile> selectedProfile = new ReadOnlyObjectWrapper<>(this, "selectedProfile");
    private final Map<String, ReadOnlyObjectWrapper<FieldProblem>> fieldProblems = new LinkedHashMap<>();
    private final Set<String> touched = new HashSet<>();
    private final List<String> countries;

    private int customerSearchSeq;
    private int profilesSeq;
    private String profilesLoadedFor;

    public BillingViewModel(OrderState state, ApiClient api, TaskRunner tasks) {
        this.state = Objects.requireNonNull(state);
        this.api = Objects.requireNonNull(api);
        this.tasks = Objects.requireNonNull(tasks);
        this.countries = Arrays.stream(Locale.getISOCountries()).sorted().toList();
        for (String f : PROFILE_FIELDS) {
            fieldProblems.put(PROFILE_PREFIX + f, new ReadOnlyObjectWrapper<>(this, f + "Problem"));
            StringProperty input = input(f);
            if (!input.get().isBlank() && !"country".equals(f)) {
                touched.add(PROFILE_PREFIX + f);
            }
            input.addListener((o, was, now) -> touched.add(PROFILE_PREFIX + f));
            ServerProblems.clearWhenEdited(state, input, PROFILE_PREFIX + f);
        }
        for (String f : List.of(FIELD_PROFILE_ID, FIELD_CUSTOMER, FIELD_REFERENCE)) {
            fieldProblems.put(f, new ReadOnlyObjectWrapper<>(this, f + "Problem"));
        }
        touched.add(FIELD_REFERENCE);
        ServerProblems.clearWhenEdited(state, state.billingProfileIdProperty(), FIELD_PROFILE_ID);
        ServerProblems.clearWhenEdited(state, state.billingModeProperty(), "billing");
        ServerProblems.clearWhenEdited(state, state.customerIdProperty(), FIELD_CUSTOMER, "billing");
        ServerProblems.clearWhenEdited(state, state.referenceProperty(), FIELD_REFERENCE);
        state.customerIdProperty().addListener((o, was, now) -> customerChanged(was, now));
        state.meProperty().addListener((o, was, now) -> adoptOwnCustomer());
        OrderStateChanges.observe(state, this::refresh);
        adoptOwnCustomer();
        refresh();
    }

    @Override
    public void onEnter() {
        adoptOwnCustomer();
        if (sales.get() && customers.isEmpty() && customersLoad.get() != LoadState.LOADING) {
            searchCustomers();
        }
        String customerId = state.customerIdProperty().get();
        if (customerId != null && (!customerId.equals(profilesLoadedFor) || profilesLoad.get() == LoadState.FAILED)) {
            loadProfiles();
        }
    }

    /** A customer's own token: the order is for that customer; nothing to choose. */
    private void adoptOwnCustomer() {
        Me me = state.meProperty().get();
        sales.set(me != null && me.isSales());
        if (me != null && !me.isSales() && me.customer() != null && state.customerIdProperty().get() == null) {
            state.customerIdProperty().set(me.customer().id());
        }
        if (me != null && !me.isSales() && me.customer() != null) {
            selectedCustomer.set(me.customer());
        }
    }

    private void customerChanged(String was, String now) {
        if (Objects.equals(was, now)) {
            return;
        }
        CustomerRef chosen = selectedCustomer.get();
        if (chosen == null || !chosen.id().equals(now)) {
            selectedCustomer.set(customers.stream().filter(c -> c.id().equals(now)).findFirst().orElse(null));
        }
        if (was != null) {
            // another customer's profile can never be used for this one
            state.billingProfileIdProperty().set(null);
        }
        profiles.clear();
        profilesLoadedFor = null;
        profilesLoad.set(LoadState.IDLE);
        if (now != null) {
            loadProfiles();
        }
    }

    // ---- customer picker (sales) ----

    public void searchCustomers() {
        int seq = ++customerSearchSeq;
        String query = customerQuery.get() == null ? "" : customerQuery.get().trim();
        customersLoad.set(LoadState.LOADING);
        tasks.run(() -> api.customers(query, CUSTOMER_SEARCH_LIMIT), found -> {
            if (seq != customerSearchSeq) {
                return;
            }
            customers.setAll(found);
            customersLoad.set(LoadState.LOADED);
            String id = state.customerIdProperty().get();
            if (selectedCustomer.get() == null && id != null) {
                found.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(selectedCustomer::set);
            }
        }, e -> {
            if (seq == customerSearchSeq) {
                LOG.warn("Customer search failed: {}", e.toString());
                customersFailure.set(FailureMessage.of(e));
                customersLoad.set(LoadState.FAILED);
            }
        });
    }

    public void selectCustomer(CustomerRef customer) {
        if (customer == null) {
            return;
        }
        selectedCustomer.set(customer);
        state.customerIdProperty().set(customer.id());
    }

    // ---- billing profiles ----

    /** Loads the customer's profiles (also the "Retry" after a failure). */
    public void loadProfiles() {
        String customerId = state.customerIdProperty().get();
        if (customerId == null) {
            return;
        }
        int seq = ++profilesSeq;
        profilesLoad.set(LoadState.LOADING);
        tasks.run(() -> api.billingProfiles(customerId), found -> {
            if (seq != profilesSeq) {
                return;
            }
            profiles.setAll(found);
            profilesLoadedFor = customerId;
            profilesLoad.set(LoadState.LOADED);
            String chosen = state.billingProfileIdProperty().get();
            if (chosen != null && found.stream().noneMatch(p -> p.id().equals(chosen))) {
                LOG.info("Billing profile {} is not among the customer's profiles; choose again", chosen);
                state.billingProfileIdProperty().set(null);
            }
            refresh();
        }, e -> {
            if (seq == profilesSeq) {
                LOG.warn("Loading billing profiles failed: {}", e.toString());
                profilesFailure.set(FailureMessage.of(e));
                profilesLoad.set(LoadState.FAILED);
            }
        });
    }

    public void selectProfile(BillingProfile profile) {
        state.billingModeProperty().set(BillingMode.EXISTING);
        state.billingProfileIdProperty().set(profile == null ? null : profile.id());
    }

    public void setMode(BillingMode mode) {
        state.billingModeProperty().set(Objects.requireNonNull(mode));
    }

    // ---- validation ----

    private void refresh() {
        String id = state.billingProfileIdProperty().get();
        selectedProfile.set(id == null ? null : profiles.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null));
        if (id == null || selectedProfile.get() != null) {
            // its country and VAT id decide whether the price carries VAT (reverse charge)
            state.billingProfileProperty().set(selectedProfile.get());
        }

        List<Problem> local = new ArrayList<>();
        boolean newProfile = state.billingModeProperty().get() == BillingMode.NEW;
        if (sales.get() && isBlank(state.customerIdProperty().get())) {
            local.add(Problem.error(FIELD_CUSTOMER, "checkout.billing.customer-required"));
        }
        if (state.catalogProperty().get() != null) {
            OrderValidator.validate(state.toDraft(), state.catalogProperty().get(), null).stream()
                    .filter(p -> isOnThisPage(p.field()))
                    .forEach(local::add);
        }
        if (newProfile) {
            BillingRules.validateNewProfile(state.newProfile()).stream()
                    .filter(p -> !local.contains(p)).forEach(local::add);
        } else if (id == null && local.stream().noneMatch(p -> FieldSteps.isWithin(p.field(), "billing") && p.isError())) {
            local.add(Problem.error(FIELD_PROFILE_ID, "checkout.billing.profile-required"));
        }
        List<Problem> server = state.serverProblems().stream().filter(p -> isOnThisPage(p.field())).toList();

        List<Problem> all = new ArrayList<>(server);
        local.stream()
                .filter(p -> newProfile || !FieldSteps.isWithin(p.field(), "billing.newProfile"))
                .filter(p -> !newProfile || !FieldSteps.isWithin(p.field(), FIELD_PROFILE_ID))
                .forEach(all::add);
        problems.set(all);

        fieldProblems.forEach((field, wrapper) -> {
            FieldProblem shown = server.stream().filter(p -> field.equals(p.field())).findFirst()
                    .map(p -> new FieldProblem(p, true))
                    .orElseGet(() -> touched.contains(field) ? all.stream()
                            .filter(p -> field.equals(p.field()) && !server.contains(p))
                            .min((a, b) -> Integer.compare(a.severity().ordinal(), b.severity().ordinal()))
                            .map(p -> new FieldProblem(p, false)).orElse(null) : null);
            wrapper.set(shown);
        });
    }

    private static boolean isOnThisPage(String field) {
        return FieldSteps.stepOf(field).map(s -> s == StepId.BILLING).orElse(false);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The writable input of a new-profile field, e.g. {@code input("postalCode")}. */
    public StringProperty input(String field) {
        return switch (field) {
            case "company" -> state.companyProperty();
            case "street" -> state.streetProperty();
            case "postalCode" -> state.postalCodeProperty();
            case "city" -> state.cityProperty();
            case "country" -> state.countryProperty();
            case "email" -> state.emailProperty();
            case "contactName" -> state.contactNameProperty();
            case "vatId" -> state.vatIdProperty();
            default -> throw new IllegalArgumentException("Unknown billing field " + field);
        };
    }

    /** The problem to show at an input: {@code billing.newProfile.<name>}, {@code billing.profileId}, {@code customerId} or {@code reference}. */
    public ReadOnlyObjectProperty<FieldProblem> problemProperty(String fieldPath) {
        ReadOnlyObjectWrapper<FieldProblem> w = fieldProblems.get(fieldPath);
        if (w == null) {
            throw new IllegalArgumentException("No input for field " + fieldPath);
        }
        return w.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty salesProperty() { return sales.getReadOnlyProperty(); }
    public StringProperty customerQueryProperty() { return customerQuery; }
    public ObservableList<CustomerRef> customers() { return readOnlyCustomers; }
    public ReadOnlyObjectProperty<LoadState> customersLoadProperty() { return customersLoad.getReadOnlyProperty(); }
    /** Why the last customer search failed; only meaningful while {@link #customersLoadProperty()} is FAILED. */
    public FailureMessage getCustomersFailure() { return customersFailure.get(); }
    public ReadOnlyObjectProperty<CustomerRef> selectedCustomerProperty() { return selectedCustomer.getReadOnlyProperty(); }
    public ObservableList<BillingProfile> profiles() { return readOnlyProfiles; }
    public ReadOnlyObjectProperty<LoadState> profilesLoadProperty() { return profilesLoad.getReadOnlyProperty(); }
    /** Why loading the profiles failed; only meaningful while {@link #profilesLoadProperty()} is FAILED. */
    public FailureMessage getProfilesFailure() { return profilesFailure.get(); }
    public ReadOnlyObjectProperty<BillingProfile> selectedProfileProperty() { return selectedProfile.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<BillingMode> modeProperty() { return state.billingModeProperty(); }
    public StringProperty referenceProperty() { return state.referenceProperty(); }
    public StringProperty customerIdProperty() { return state.customerIdProperty(); }
    /** ISO 3166 alpha-2 codes; the view shows their names in the user's language. */
    public List<String> countries() { return countries; }

    /**
     * The countries as the list offers them: {@link #PREFERRED_COUNTRIES} first, then every other one
     * by its name in {@code locale}.
     */
    public List<String> countryChoices(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<String> choices = new ArrayList<>(PREFERRED_COUNTRIES);
        countries.stream().filter(c -> !PREFERRED_COUNTRIES.contains(c))
                .sorted(Comparator.comparing((String c) -> countryName(c, locale), collator))
                .forEach(choices::add);
        return List.copyOf(choices);
    }

    /** A country's name in {@code locale}, e.g. "Österreich" for AT in German. */
    public static String countryName(String code, Locale locale) {
        return new Locale("", code).getDisplayCountry(locale);
    }
    public ObservableList<Problem> problems() { return problems.all(); }

    @Override
    public StepId stepId() { return StepId.BILLING; }

    @Override
    public ReadOnlyBooleanProperty validProperty() { return problems.validProperty(); }

    @Override
    public ReadOnlyObjectProperty<Problem> blockingProblemProperty() { return problems.blockingProblemProperty(); }
}
