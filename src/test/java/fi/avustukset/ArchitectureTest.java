package fi.avustukset;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import fi.avustukset.grant.application.domain.GrantApplication;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.data.repository.Repository;

/**
 * The house rules of the code (README "Architecture"): three wings ({@code grant},
 * {@code minno}, {@code reporting}) and a {@code platform}; inside a feature the layers
 * {@code web → process → domain}. Each rule here fails the build when broken.
 */
@AnalyzeClasses(packages = "fi.avustukset", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /**
   * Classes that may call the engine's {@link RuntimeService}/{@link TaskService} although
   * they are not in a {@code ..process..} package: the platform's identity setup creates the
   * Tasklist filters of each group at start-up ({@code TaskFilterSetup}), which needs the
   * engine's filter and task query API; the daily completion reminders scan the open
   * completion tasks for their due dates ({@code CompletionReminders}, a scheduled job, not
   * a BPMN element); the applicant's application page lists the open tasks of the
   * application ({@code ApplicationOverview}, a read model). Keep this list short and justify
   * every entry.
   */
  private static final Set<String> ENGINE_ACCESS_OUTSIDE_PROCESS = Set.of(
      "fi.avustukset.platform.identity.TaskFilterSetup",
      "fi.avustukset.grant.notification.CompletionReminders",
      "fi.avustukset.grant.overview.web.ApplicationOverview");

  /**
   * Read models that may read other features' repositories: {@code grant.overview} assembles
   * the applicant's and the preparer's pages (own applications, call page, start page) from
   * calls, applications, agreements and report obligations. Known debt (issue 15.2): it
   * should read through the owners' query APIs like every other feature.
   */
  private static final Set<String> READ_MODELS = Set.of("grant.overview");

  /** A feature of a wing ({@code grant.call}, {@code reporting.project}), {@code minno} or {@code platform}. */
  static final SliceAssignment FEATURES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String feature = featureOf(javaClass.getPackageName());
          return feature == null ? SliceIdentifier.ignore() : SliceIdentifier.of(feature);
        }

        @Override
        public String getDescription() {
          return "features fi.avustukset.(grant|reporting).<feature>, minno and platform";
        }
      };

  /** The layer of a class inside its feature: {@code domain}, {@code process} or {@code web}. */
  static final SliceAssignment LAYERS =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String pkg = javaClass.getPackageName();
          for (String layer : new String[] {"domain", "process", "web"}) {
            if (pkg.endsWith("." + layer) || pkg.contains("." + layer + ".")) {
              return SliceIdentifier.of(layer);
            }
          }
          return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
          return "layers domain, process, web";
        }
      };

  static String featureOf(String pkg) {
    String[] parts = pkg.split("\\.");
    if (parts.length < 3 || !parts[0].equals("fi") || !parts[1].equals("avustukset")) {
      return null;
    }
    String wing = parts[2];
    if (wing.equals("minno") || wing.equals("platform")) {
      return wing;
    }
    if (wing.equals("grant") || wing.equals("reporting")) {
      return parts.length > 3 ? wing + "." + parts[3] : wing;
    }
    return null;
  }

  /**
   * Known arrows against the grain of the grant wing (issue 15), each closing a cycle today. The
   * intended order is {@code call → application → eligibility/scoring/conflict → decision →
   * agreement → payment/obligation}; these go the other way because one feature's process or
   * page orchestrates the next ones. The list may only shrink: a new cycle fails the build, and
   * so does an entry here whose dependency has gone (delete the entry then).
   */
  static final List<String[]> KNOWN_BACK_EDGES = List.of(
      // grant-call's delegates (readiness, proposal, SendProposals) and CallController's
      // proposal list work on the call's applications and the allocation of decision.
      new String[] {"grant.call", "grant.application"},
      new String[] {"grant.call", "grant.decision"},
      new String[] {"grant.call", "grant.conflict"},
      // the esityslista page shows each application's eligibility rule lines
      new String[] {"grant.call", "grant.eligibility"},
      // CheckEligibility/ApplyEligibilityReview live beside the application process; the
      // application page shows eligibility results and recusals.
      new String[] {"grant.application", "grant.eligibility"},
      new String[] {"grant.application", "grant.decision"},
      // grant-agreement activates payments and report obligations, and its page shows them.
      new String[] {"grant.agreement", "grant.payment"},
      new String[] {"grant.agreement", "grant.obligation"});

  @ArchTest
  static final ArchRule no_cycle_between_features = featureCycleRule();

  private static ArchRule featureCycleRule() {
    var rule = slices().assignedFrom(FEATURES).should().beFreeOfCycles();
    for (String[] edge : KNOWN_BACK_EDGES) {
      rule = rule.ignoreDependency(inFeature(edge[0]), inFeature(edge[1]));
    }
    return rule;
  }

  @ArchTest
  static void known_back_edges_still_exist(JavaClasses classes) {
    for (String[] edge : KNOWN_BACK_EDGES) {
      boolean present = classes.stream()
          .filter(c -> edge[0].equals(featureOf(c.getPackageName())))
          .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
          .anyMatch(d -> edge[1].equals(featureOf(d.getTargetClass().getPackageName())));
      if (!present) {
        throw new AssertionError("KNOWN_BACK_EDGES lists " + edge[0] + " -> " + edge[1]
            + " but no such dependency is left: delete the entry so it cannot come back");
      }
    }
  }

  private static DescribedPredicate<JavaClass> inFeature(String feature) {
    return DescribedPredicate.describe("in feature " + feature,
        c -> feature.equals(featureOf(c.getPackageName())));
  }

  @ArchTest
  static final ArchRule no_cycle_between_layers =
      slices().assignedFrom(LAYERS).should().beFreeOfCycles();

  @ArchTest
  static final ArchRule domain_knows_neither_camunda_nor_adapters =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.camunda..", "..web..", "..process..")
          .because("the domain is plain Java: rules are tested without the engine or HTTP");

  @ArchTest
  static final ArchRule process_does_not_know_web =
      noClasses()
          .that()
          .resideInAPackage("..process..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..web..")
          .because("web → process → domain, one way");

  @ArchTest
  static final ArchRule engine_services_only_in_process_adapters =
      noClasses()
          .that()
          .resideOutsideOfPackage("..process..")
          .and(notIn(ENGINE_ACCESS_OUTSIDE_PROCESS))
          .should()
          .dependOnClassesThat()
          .areAssignableTo(RuntimeService.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(TaskService.class)
          .because(
              "starting, correlating and completing go through one process adapter per feature"
                  + " (ApplicationWorkflow, CallMessages, MinnoWorkflow …)");

  @ArchTest
  static final ArchRule repository_used_only_in_its_own_feature =
      classes()
          .that()
          .areAssignableTo(Repository.class)
          .should(beUsedOnlyInsideTheirFeature())
          .because("other features read through a small query API, never another feature's"
              + " repository");

  @ArchTest
  static final ArchRule platform_depends_on_no_wing =
      noClasses()
          .that()
          .resideInAPackage("fi.avustukset.platform..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "fi.avustukset.grant..", "fi.avustukset.minno..", "fi.avustukset.reporting..")
          .because("the platform serves the wings; a wing never leaks into it");

  static final DescribedPredicate<JavaClass> MESSAGE_ADAPTERS = DescribedPredicate.describe(
      "message adapters (..process..*Messages, ..process..*Workflow)",
      c -> c.getPackageName().endsWith(".process")
          && (c.getSimpleName().endsWith("Messages") || c.getSimpleName().endsWith("Workflow")));

  /**
   * One correlation adapter per message: only a {@code process} class named {@code *Messages}
   * or {@code *Workflow} correlates (CallMessages holds applications-ready, decisions-final and
   * decision-proposal; MinnoWorkflow selection-decided). A delegate that correlates itself
   * (SendProposals did) fails the build.
   */
  @ArchTest
  static final ArchRule messages_are_correlated_only_by_their_adapter =
      noClasses()
          .that(DescribedPredicate.not(MESSAGE_ADAPTERS))
          .should()
          .callMethodWhere(DescribedPredicate.describe("message correlation of the engine",
              call -> call.getTargetOwner().isAssignableTo(RuntimeService.class)
                  && Set.of("createMessageCorrelation", "correlateMessage",
                      "correlateMessageAsync", "createMessageCorrelationAsync")
                      .contains(call.getName())))
          .because("every message has one adapter in the process layer (issue 15.4)");

  /**
   * The grant wing's records change only through their intention-named transitions
   * ({@code markEligible}, {@code requestCompletion}, {@code decide} …): no status setter, and
   * {@code GrantApplication} has no setter but the process link.
   */
  @ArchTest
  static final ArchRule no_status_setters =
      noMethods()
          .that()
          .haveNameMatching("set(Status|Eligible|Score|LetterOfIntent|Decision|GrantedAmount)")
          .should()
          .bePublic()
          .because("a status changes inside its record, by a transition named for its intention")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule grant_application_changes_through_its_transitions =
      methods()
          .that()
          .areDeclaredIn(GrantApplication.class)
          .and()
          .haveNameStartingWith("set")
          .should()
          .haveName("setProcessInstanceId")
          .because("GrantApplication changes only through its transitions (issue 15.2)");

  /**
   * Delegates, listeners and pages never change an application themselves: they call their
   * feature's service, which calls the transition (one home per rule).
   */
  @ArchTest
  static final ArchRule adapters_do_not_change_applications =
      noClasses()
          .that()
          .resideInAnyPackage("..process..", "..web..")
          .should()
          .callMethodWhere(DescribedPredicate.describe("a transition of GrantApplication",
              call -> call.getTargetOwner().isEquivalentTo(GrantApplication.class)
                  && !call.getName().startsWith("get") && !call.getName().startsWith("is")
                  && !Set.of("data", "setProcessInstanceId").contains(call.getName())))
          .because("the feature's domain service applies the rule and the transition");

  private static DescribedPredicate<JavaClass> notIn(Set<String> names) {
    return DescribedPredicate.describe(
        "are not one of " + names, c -> !names.contains(c.getName()));
  }

  private static ArchCondition<JavaClass> beUsedOnlyInsideTheirFeature() {
    return new ArchCondition<>("be used only inside their own feature") {
      @Override
      public void check(JavaClass repository, ConditionEvents events) {
        String home = featureOf(repository.getPackageName());
        repository.getDirectDependenciesToSelf().stream()
            .filter(d -> !home.equals(featureOf(d.getOriginClass().getPackageName())))
            .filter(d -> featureOf(d.getOriginClass().getPackageName()) != null)
            .filter(d -> !READ_MODELS.contains(featureOf(d.getOriginClass().getPackageName())))
            .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
      }
    };
  }

  /** The rules above fail on deliberately wrong adapters (test fixtures, not the application). */
  @org.junit.jupiter.api.Test
  void rulesFailOnWrongAdapters() {
    JavaClasses wrong = new com.tngtech.archunit.core.importer.ClassFileImporter()
        .importPackages("fi.avustukset.archfixture");
    for (ArchRule rule : List.of(messages_are_correlated_only_by_their_adapter,
        adapters_do_not_change_applications, no_status_setters)) {
      if (!rule.evaluate(wrong).hasViolation()) {
        throw new AssertionError("rule cannot fail: " + rule.getDescription());
      }
    }
  }

  /** Sanity check of the slice names used above, so a renamed wing cannot silently pass. */
  @ArchTest
  static void features_are_recognised(JavaClasses classes) {
    long grant = classes.stream().filter(c -> "grant.application".equals(featureOf(c.getPackageName()))).count();
    if (grant == 0) {
      throw new AssertionError("no class found in fi.avustukset.grant.application: slices are wrong");
    }
  }
}
