package de.cloudhub.order.ui.wizard.billing;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiFailure;
import de.cloudhub.order.drafts.BillingCache;
import de.cloudhub.order.drafts.SeenList;
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
import de.cloudhub.order.ui.ordering.Notice;
import de.cloudhub.order.ui.ordering.OrderStateChanges;
import de.cloudhub.order.ui.ordering.PageProblems;
import de.cloudhub.order.ui.ordering.ServerProblems;
import de.cloudhub.order.model.BillingMode;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.model.StepId;
import de.cloudhub.order.ui.wizard.StepViewModel;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * Who pays: an existing billing profile of the order's customer (sales staff chose it on the customer
 * step) or a new one for that customer, checked field by field. Also the optional order reference (PO number).
 *
 * <p>Without a connection the page works from what was seen before ({@link BillingCache}): the customer's
 * profiles as last loaded are shown at once and marked with when they were seen ({@link LoadState#LAST_SEEN});
 * what was never seen says that it needs a connection ({@link LoadState#NEEDS_CONNECTION}). A new profile
 * can always be typed. The list loads again by itself when the connection is back.
 */
public final class BillingViewModel implements StepViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(BillingViewModel.class);

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
    private final BillingCache billing;
    private final TaskRunner tasks;
    private final PageProblems problems = new PageProblems();

    private final ReadOnlyBooleanWrapper sales = new ReadOnlyBooleanWrapper(this, "sales");
    private final ObservableList<BillingProfile> profiles = FXCollections.observableArrayList();
    private final ObservableList<BillingProfile> readOnlyProfiles = FXCollections.unmodifiableObservableList(profiles);
    private final ReadOnlyObjectWrapper<LoadState> profilesLoad = new ReadOnlyObjectWrapper<>(this, "profilesLoad", LoadState.IDLE);
    /** Why loading the profiles failed; set before {@link #profilesLoad} turns FAILED. */
    private final ReadOnlyObjectWrapper<FailureMessage> profilesFailure = new ReadOnlyObjectWrapper<>(this, "profilesFailure");
    /** When the profiles shown were last loaded, while they are the kept ones; null once the server sent them. */
    private final ReadOnlyObjectWrapper<Instant> profilesSeenAt = new ReadOnlyObjectWrapper<>(this, "profilesSeenAt");
    private final ReadOnlyObjectWrapper<BillingProfile> selectedProfile = new ReadOnlyObjectWrapper<>(this, "selectedProfile");
    private final Map<String, ReadOnlyObjectWrapper<FieldProblem>> fieldProblems = new LinkedHashMap<>();
    private final Set<String> touched = new HashSet<>();
    private final List<String> countries;

    private int profilesSeq;
    private String profilesLoadedFor;

    public BillingViewModel(OrderState state, ApiClient api, BillingCache billing, TaskRunner tasks) {
        this.state = Objects.requireNonNull(state);
        this.api = Objects.requireNonNull(api);
        this.billing = Objects.requireNonNull(billing);
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
        state.onlineProperty().addListener((o, was, now) -> {
            if (Boolean.TRUE.equals(now) && !Boolean.TRUE.equals(was)) {
                reconnected();
            }
        });
        OrderStateChanges.observe(state, this::refresh);
        adoptOwnCustomer();
        refresh();
    }

    @Override
    public void onEnter() {
        adoptOwnCustomer();
        String customerId = state.customerIdProperty().get();
        if (customerId != null && (!customerId.equals(profilesLoadedFor) || profilesLoad.get().worthReloading())) {
            loadProfiles(state.onlineProperty().get());
        }
    }

    /** The server can be reached again: what stood in for its lists is replaced by them. */
    private void reconnected() {
        if (profilesLoad.get() == LoadState.LAST_SEEN || profilesLoad.get() == LoadState.NEEDS_CONNECTION) {
            loadProfiles();
        }
    }

    /**
     * A customer's own token: the order is for that customer; nothing to choose. A draft made for another
     * customer (a file someone sent) cannot order for them: their customer is left out, and this page says so,
     * since a customer has no customer step.
     */
    private void adoptOwnCustomer() {
        Me me = state.meProperty().get();
        sales.set(me != null && me.isSales());
        String named = state.customerIdProperty().get();
        if (me != null && !me.isSales() && me.customer() != null && named != null
                && !named.equals(me.customer().id())) {
            LOG.info("The draft names customer {}, not this account's own: left out", named);
            String profile = state.billingProfileIdProperty().get();
            state.leaveOut(StepId.BILLING, Notice.of("checkout.billing.left-out.not-own-customer", Notice.Kind.WARNING,
                    named, me.customer().name() == null ? me.customer().id() : me.customer().name()));
            state.customerIdProperty().set(me.customer().id());
            if (profile != null) {
                // a profile of the other customer can never bill this one: named here instead of the general notice
                state.leaveOut(StepId.BILLING, Notice.of("checkout.billing.left-out.profile", Notice.Kind.WARNING, profile));
                state.dismissCustomerChangeNotice();
            }
        }
        if (me != null && !me.isSales() && me.customer() != null && state.customerIdProperty().get() == null) {
            state.customerIdProperty().set(me.customer().id());
        }
        if (me != null && !me.isSales() && me.customer() != null && state.customerProperty().get() == null) {
            state.customerProperty().set(me.customer());
        }
    }

    private void customerChanged(String was, String now) {
        if (Objects.equals(was, now)) {
            return;
        }
        // another customer's billing choice went with the change (OrderState); its profiles go from the list
        profiles.clear();
        profilesSeenAt.set(null);
        profilesLoadedFor = null;
        profilesLoad.set(LoadState.IDLE);
        if (now != null) {
            loadProfiles(state.onlineProperty().get());
        }
    }

    // ---- billing profiles ----

    /** Loads the customer's profiles from the server (also the "Retry"), showing those seen before meanwhile. */
    public void loadProfiles() {
        loadProfiles(true);
    }

    /**
     * Shows the customer's profiles as seen before at once, then asks the server for them unless it is known
     * to be out of reach ({@code askServer} false); without a connection the kept ones stay, marked as such.
     */
    private void loadProfiles(boolean askServer) {
        String customerId = state.customerIdProperty().get();
        if (customerId == null) {
            return;
        }
        int seq = ++profilesSeq;
        profilesLoad.set(LoadState.LOADING);
        tasks.run(() -> billing.profiles(customerId), seen -> {
            if (seq != profilesSeq) {
                return;
            }
            if (seen.isPresent() && profiles.isEmpty()) {
                showProfiles(seen.get().items(), seen.get().seenAt());
            }
            if (askServer) {
                askServerForProfiles(seq, customerId, seen);
            } else {
                profilesFailure.set(FailureMessage.of(ApiFailure.UNREACHABLE));
                showSeenProfiles(customerId, seen);
            }
        }, e -> {
            LOG.warn("The billing profiles seen before cannot be read: {}", e.toString());
            if (seq != profilesSeq) {
                return;
            }
            if (askServer) {
                askServerForProfiles(seq, customerId, Optional.empty());
            } else {
                profilesFailure.set(FailureMessage.of(ApiFailure.UNREACHABLE));
                showSeenProfiles(customerId, Optional.empty());
            }
        });
    }

    private void askServerForProfiles(int seq, String customerId, Optional<SeenList<BillingProfile>> seen) {
        tasks.run(() -> {
            List<BillingProfile> found = api.billingProfiles(customerId);
            keep("the billing profiles", () -> billing.keepProfiles(customerId, found));
            return found;
        }, found -> {
            if (seq != profilesSeq) {
                return;
            }
            showProfiles(found, null);
            profilesLoadedFor = customerId;
            profilesLoad.set(LoadState.LOADED);
            String chosen = state.billingProfileIdProperty().get();
            if (chosen != null && found.stream().noneMatch(p -> p.id().equals(chosen))) {
                LOG.info("Billing profile {} is not among the customer's profiles: left out", chosen);
                state.leaveOut(StepId.BILLING, Notice.of("checkout.billing.left-out.profile", Notice.Kind.WARNING, chosen));
                state.billingProfileIdProperty().set(null);
            }
            refresh();
        }, e -> {
            if (seq != profilesSeq) {
                return;
            }
            profilesFailure.set(FailureMessage.of(e));
            if (sales.get() && cannotBeUsed(profilesFailure.get().kind())) {
                // the server knows no such customer for this account: the draft's customer cannot be ordered for
                LOG.info("Customer {} cannot be used by this account ({}): left out", customerId, e.toString());
                // told where sales choose the customer; the profile that went with it, here
                state.leaveOut(StepId.CUSTOMER, Notice.of("checkout.billing.left-out.customer", Notice.Kind.WARNING, customerId));
                String profile = state.billingProfileIdProperty().get();
                if (profile != null) {
                    state.leaveOut(StepId.BILLING, Notice.of("checkout.billing.left-out.profile", Notice.Kind.WARNING, profile));
                }
                state.customerIdProperty().set(null);
                return;
            }
            if (profilesFailure.get().kind().meansNoConnection()) {
                LOG.info("Billing profiles: the server cannot be reached ({}); showing those seen before", e.toString());
                showSeenProfiles(customerId, seen);
            } else {
                LOG.warn("Loading billing profiles failed: {}", e.toString());
                if (profilesSeenAt.get() != null) {
                    // the server answered, and refused: what was seen before no longer stands in for it
                    showProfiles(List.of(), null);
                }
                profilesLoad.set(LoadState.FAILED);
            }
        });
    }

    private static boolean cannotBeUsed(ApiFailure kind) {
        return kind == ApiFailure.NOT_FOUND || kind == ApiFailure.NO_ACCESS;
    }

    /** Without a connection: the profiles as last seen, or that they need one. A chosen profile stays chosen. */
    private void showSeenProfiles(String customerId, Optional<SeenList<BillingProfile>> seen) {
        if (seen.isPresent()) {
            showProfiles(seen.get().items(), seen.get().seenAt());
            profilesLoadedFor = customerId;
            profilesLoad.set(LoadState.LAST_SEEN);
        } else {
            showProfiles(List.of(), null);
            profilesLoad.set(LoadState.NEEDS_CONNECTION);
        }
    }

    private void showProfiles(List<BillingProfile> shown, Instant seenAt) {
        profiles.setAll(shown);
        profilesSeenAt.set(seenAt);
        refresh();
    }

    /** Keeping a list for offline use may fail (full disk): the page goes on with what the server sent. */
    private static void keep(String what, Runnable keeping) {
        try {
            keeping.run();
        } catch (RuntimeException e) {
            LOG.warn("Could not keep {} for use without a connection: {}", what, e.toString());
        }
    }

    public void selectProfile(BillingProfile profile) {
        state.dismissLeftOut(StepId.BILLING);
        state.dismissCustomerChangeNotice();
        state.billingModeProperty().set(BillingMode.EXISTING);
        state.billingProfileIdProperty().set(profile == null ? null : profile.id());
    }

    public void setMode(BillingMode mode) {
        if (mode != state.billingModeProperty().get()) {
            state.dismissCustomerChangeNotice();
        }
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
    /** The customer the profiles are for (name, number once found); null while not known. */
    public ReadOnlyObjectProperty<CustomerRef> selectedCustomerProperty() { return state.customerProperty(); }
    /** The order's customer id, also while its name is not known; null while none. */
    public javafx.beans.value.ObservableStringValue selectedCustomerIdProperty() { return state.customerIdProperty(); }
    /** That the billing choice was cleared because the customer changed; null when there is nothing to tell. */
    public ReadOnlyObjectProperty<Problem> customerChangeNoticeProperty() { return state.customerChangeNoticeProperty(); }
    public ObservableList<BillingProfile> profiles() { return readOnlyProfiles; }
    /**
     * What the draft named that this account cannot use (a customer the server does not know for it, a
     * billing profile not among the customer's): left out of the order and named here, never dropped silently.
     */
    /** What the draft named for this page that this account cannot use and so was left out, until the person chooses anew. */
    public ObservableList<Notice> leftOut() { return state.leftOut(StepId.BILLING); }
    public ReadOnlyObjectProperty<LoadState> profilesLoadProperty() { return profilesLoad.getReadOnlyProperty(); }
    /** Why loading the profiles failed; only meaningful while {@link #profilesLoadProperty()} is FAILED. */
    public FailureMessage getProfilesFailure() { return profilesFailure.get(); }
    /** When the profiles shown were last loaded, while they are the ones seen before (offline); else null. */
    public ReadOnlyObjectProperty<Instant> profilesSeenAtProperty() { return profilesSeenAt.getReadOnlyProperty(); }
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
