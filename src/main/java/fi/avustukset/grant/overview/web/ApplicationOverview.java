package fi.avustukset.grant.overview.web;

import fi.avustukset.grant.agreement.domain.Agreement;
import fi.avustukset.grant.agreement.domain.AgreementRepository;
import fi.avustukset.grant.agreement.domain.AgreementStatus;
import fi.avustukset.grant.application.domain.ApplicationStatus;
import fi.avustukset.grant.application.domain.Decision;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.obligation.domain.ReportObligation;
import fi.avustukset.grant.obligation.domain.ReportObligationRepository;
import fi.avustukset.grant.obligation.domain.ReportStatus;
import fi.avustukset.platform.web.Fmt;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where each application stands, in Finnish and true to the process: the stored status, the
 * open tasks of its processes (application, agreement, reports share the application number as
 * business key), the agreement and the reporting obligation. Callers check access to the
 * applications first; the task look-up then runs without the caller's authentication, because
 * an applicant may not read the staff's tasks of its own application (only their names and
 * groups are shown, never their data).
 */
@Component
public class ApplicationOverview {

  /** The user tasks of the applicant organisation (candidate group = the organisation). */
  static final List<String> APPLICANT_TASKS = List.of("Task_CompleteApplication",
      "Task_NegotiationResponse", "Task_ConsiderRectification", "Task_AcceptAgreement",
      "Task_SubmitReport");

  private static final int CHUNK = 500;

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final AgreementRepository agreements;
  private final ReportObligationRepository reports;
  private final Fmt fmt;

  public ApplicationOverview(TaskService taskService, RuntimeService runtimeService,
      IdentityService identityService, AgreementRepository agreements,
      ReportObligationRepository reports, Fmt fmt) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.agreements = agreements;
    this.reports = reports;
    this.fmt = fmt;
  }

  /** One open task: who has it and since when. */
  public record OpenTask(String id, String name, String taskDefinitionKey, String assignee,
      List<String> candidateGroups, Instant created, LocalDate due, boolean applicants) {

    /** The Tasklist address of the task. */
    public String url() {
      return "/camunda/app/tasklist/default/#/?task=" + id;
    }

    /** Whose task it is, in Finnish: the assignee or the groups. */
    public String holder() {
      if (assignee != null) {
        return assignee;
      }
      if (applicants) {
        return "Hakija";
      }
      return candidateGroups.isEmpty() ? "–" : candidateGroups.stream().map(GroupNames::name)
          .collect(Collectors.joining(", "));
    }
  }

  /** The standing of one application. */
  public record Standing(GrantApplication application, String status, String statusText,
      String nextStep, LocalDate dueDate, OpenTask applicantTask, List<OpenTask> openTasks,
      Agreement agreement, List<ReportObligation> reports, Instant since) {

    public boolean hasDecisionLetter() {
      Decision d = application.getDecision();
      return d == Decision.GRANTED || d == Decision.REJECTED;
    }

    /** The CSS tone of the status: done, waiting for the applicant, or rejected. */
    public String tone() {
      if (applicantTask != null) {
        return "warn";
      }
      if (application.getDecision() == Decision.REJECTED) {
        return "bad";
      }
      return application.getDecision() == Decision.GRANTED ? "ok" : "";
    }
  }

  @Transactional(readOnly = true)
  public List<Standing> standings(List<GrantApplication> applications) {
    if (applications.isEmpty()) {
      return List.of();
    }
    List<String> numbers = applications.stream().map(GrantApplication::getApplicationNumber)
        .toList();
    Map<String, List<OpenTask>> tasks = openTasks(numbers);
    Map<String, Agreement> agreementsByNumber = new HashMap<>();
    for (List<String> chunk : chunks(numbers)) {
      agreements.findAllById(chunk).forEach(a -> agreementsByNumber.put(a.getApplicationNumber(), a));
    }
    List<Standing> result = new ArrayList<>();
    for (GrantApplication a : applications) {
      Agreement agreement = agreementsByNumber.get(a.getApplicationNumber());
      List<ReportObligation> obligations = agreement == null ? List.of()
          : reports.findByApplicationNumberOrderByYear(a.getApplicationNumber());
      result.add(standing(a, tasks.getOrDefault(a.getApplicationNumber(), List.of()), agreement,
          obligations));
    }
    return result;
  }

  Standing standing(GrantApplication a, List<OpenTask> tasks, Agreement agreement,
      List<ReportObligation> obligations) {
    OpenTask mine = tasks.stream().filter(OpenTask::applicants)
        .min(Comparator.comparing(OpenTask::created)).orElse(null);
    String statusText = statusText(a, agreement, obligations, tasks);
    String nextStep = null;
    LocalDate due = null;
    if (mine != null) {
      due = mine.due();
      nextStep = applicantStep(mine, obligations);
      if (due == null && "Task_SubmitReport".equals(mine.taskDefinitionKey())) {
        due = nextReport(obligations).map(ReportObligation::currentDueDate).orElse(null);
      }
      if (due != null) {
        nextStep += " " + fmt.date(due) + " mennessä";
      }
    } else {
      Optional<ReportObligation> next = nextReport(obligations);
      if (next.isPresent() && agreement != null && agreement.getStatus() == AgreementStatus.SIGNED) {
        due = next.get().currentDueDate();
        nextStep = "Raportti vuodelta " + next.get().getYear() + " " + fmt.date(due)
            + " mennessä (tehtävä avautuu Tasklistiin)";
      }
    }
    Instant since = tasks.stream().map(OpenTask::created).max(Comparator.naturalOrder())
        .orElse(null);
    return new Standing(a, a.getStatus().name(), statusText, nextStep, due, mine, tasks,
        agreement, obligations, since);
  }

  private String statusText(GrantApplication a, Agreement agreement,
      List<ReportObligation> obligations, List<OpenTask> tasks) {
    ApplicationStatus s = a.getStatus();
    return switch (s) {
      case SUBMITTED -> "Vastaanotettu " + fmt.date(a.getSubmittedAt())
          + ", kelpoisuuden tarkistus käynnissä";
      case ELIGIBILITY_REVIEW -> "Valmistelija tarkistaa avustuskelpoisuutta";
      case COMPLETION_REQUESTED -> {
        LocalDate due = tasks.stream().filter(t -> "Task_CompleteApplication".equals(t.taskDefinitionKey()))
            .map(OpenTask::due).filter(d -> d != null).findFirst().orElse(null);
        yield "Täydennystä pyydetty" + (due == null ? "" : " " + fmt.date(due) + " mennessä");
      }
      case IN_REVIEW -> Boolean.FALSE.equals(a.getEligible())
          ? "Valmistelussa: hylkäysesitys (kelpoisuusehdot eivät täyty)" : "Arvioinnissa";
      case IN_NEGOTIATION -> "Kumppanuusneuvotteluissa";
      case READY_FOR_DECISION -> "Käsitelty, odottaa päätösesitystä (esityslista)";
      case IN_COMMITTEE -> a.getDecision() == Decision.RETURNED
          ? "Jaosto palautti uudelleen valmisteltavaksi" : "Jaoston käsittelyssä";
      case DECIDED -> "Päätetty: " + decisionText(a) + tasks.stream()
          .filter(t -> t.taskDefinitionKey().startsWith("Task_ConsiderTakeover")
              || t.taskDefinitionKey().equals("Task_BoardDecision")).findFirst()
          .map(t -> " (ei vielä lopullinen: aluehallituksen otto-oikeus)")
          .orElse(" (ei vielä lopullinen)");
      case FINAL -> "Päätös lopullinen: " + decisionText(a) + agreementText(agreement, obligations);
    };
  }

  private String decisionText(GrantApplication a) {
    if (a.getDecision() == Decision.GRANTED) {
      return "myönnetty " + fmt.money(a.getGrantedAmount());
    }
    return a.getDecision() == Decision.REJECTED ? "hylätty" : fmt.status(a.getDecision());
  }

  private String agreementText(Agreement agreement, List<ReportObligation> obligations) {
    if (agreement == null) {
      return "";
    }
    String text = switch (agreement.getStatus()) {
      case DRAFT -> "; sopimus valmisteilla";
      case AWAITING_ACCEPTANCE -> "; sopimus odottaa hakijan hyväksyntää";
      case AWAITING_SIGNATURE -> "; sopimus odottaa allekirjoitusta";
      case SIGNED -> "; sopimus voimassa " + fmt.date(agreement.getEndDate()) + " asti";
      case CLOSED -> "; sopimus päättynyt";
    };
    Optional<ReportObligation> late = obligations.stream()
        .filter(r -> r.getStatus() == ReportStatus.LATE).findFirst();
    if (late.isPresent()) {
      return text + "; raportti vuodelta " + late.get().getYear() + " myöhässä";
    }
    Optional<ReportObligation> next = nextReport(obligations);
    if (next.isPresent() && agreement.getStatus() == AgreementStatus.SIGNED) {
      return text + "; raportti erääntyy " + fmt.date(next.get().currentDueDate());
    }
    return text;
  }

  private String applicantStep(OpenTask task, List<ReportObligation> obligations) {
    return switch (task.taskDefinitionKey()) {
      case "Task_CompleteApplication" -> "Täydennä hakemus";
      case "Task_NegotiationResponse" -> "Vastaa neuvotteluehdotukseen";
      case "Task_ConsiderRectification" -> "Hyväksy päätös tai hae oikaisua";
      case "Task_AcceptAgreement" -> "Hyväksy avustussopimus";
      case "Task_SubmitReport" -> nextReport(obligations)
          .map(r -> (r.getStatus() == ReportStatus.COMPLETION_REQUESTED ? "Täydennä raportti vuodelta "
              : "Jätä raportti vuodelta ") + r.getYear()).orElse("Jätä raportti");
      default -> task.name();
    };
  }

  private static Optional<ReportObligation> nextReport(List<ReportObligation> obligations) {
    return obligations.stream().filter(r -> r.getStatus() == ReportStatus.DUE
            || r.getStatus() == ReportStatus.COMPLETION_REQUESTED || r.getStatus() == ReportStatus.LATE)
        .min(Comparator.comparing(ReportObligation::currentDueDate));
  }

  /** Open tasks of the processes of the given applications, by application number. */
  public Map<String, List<OpenTask>> openTasks(Collection<String> numbers) {
    return withoutAuthentication(() -> {
      Map<String, List<OpenTask>> byNumber = new HashMap<>();
      for (List<String> chunk : chunks(List.copyOf(numbers))) {
        List<Task> tasks = taskService.createTaskQuery()
            .processInstanceBusinessKeyIn(chunk.toArray(String[]::new)).active().list();
        if (tasks.isEmpty()) {
          continue;
        }
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId)
            .collect(Collectors.toSet());
        Map<String, String> keys = runtimeService.createProcessInstanceQuery()
            .processInstanceIds(instanceIds).list().stream()
            .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        for (Task t : tasks) {
          List<String> groups = taskService.getIdentityLinksForTask(t.getId()).stream()
              .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
              .map(IdentityLink::getGroupId).toList();
          boolean applicants = APPLICANT_TASKS.contains(t.getTaskDefinitionKey());
          LocalDate due = t.getDueDate() == null ? null
              : t.getDueDate().toInstant().atZone(Fmt.HELSINKI).toLocalDate();
          // A due date at midnight of the day after means "by the end of the day before".
          if (due != null && t.getDueDate().toInstant().atZone(Fmt.HELSINKI).toLocalTime()
              .equals(java.time.LocalTime.MIDNIGHT)) {
            due = due.minusDays(1);
          }
          byNumber.computeIfAbsent(keys.get(t.getProcessInstanceId()), k -> new ArrayList<>())
              .add(new OpenTask(t.getId(), t.getName(), t.getTaskDefinitionKey(), t.getAssignee(),
                  groups, t.getCreateTime().toInstant(), due, applicants));
        }
      }
      return byNumber;
    });
  }

  private <T> T withoutAuthentication(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private static List<List<String>> chunks(List<String> all) {
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return chunks;
  }
}
