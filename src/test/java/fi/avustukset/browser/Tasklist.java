package fi.avustukset.browser;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Camunda Tasklist as a person uses it: log in, start a process from the start dialog, open a
 * task, claim it, fill its Camunda Form and complete it.
 *
 * <p>Elements are found by Tasklist's own markup (AngularJS attributes, form-js classes), not
 * by their English or Finnish text, so the translation can change without breaking the
 * navigation; what a person reads is asserted in the tests ({@link UiText}). Form fields are
 * found by the component id {@code Field_<key>}, the convention of every form in
 * {@code forms/} (form-js renders it as {@code fjs-form-<random>-Field_<key>}).
 */
public class Tasklist {

  private final Browser browser;
  private final String baseUrl;

  public Tasklist(Browser browser, int port) {
    this.browser = browser;
    this.baseUrl = "http://localhost:" + port + "/camunda/app/tasklist/default/";
  }

  private WebDriver driver() {
    return browser.driver();
  }

  // --- session -------------------------------------------------------------------------

  /** Logs in on Tasklist's login page (password = user id for the demo users). */
  public void login(String user) {
    openLogin();
    typeLogin(user, user);
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("li.start-process-action a")));
  }

  /** Types a wrong password on the login page; returns the notification the person reads. */
  public String loginFails(String user, String password) {
    openLogin();
    typeLogin(user, password);
    return browser.waiting().until(d -> notifications().stream().findFirst().orElse(null));
  }

  private void openLogin() {
    // a new person at the same browser: forget the previous session, load Tasklist afresh
    browser.noBasicAuth();
    driver().manage().deleteAllCookies();
    driver().get("about:blank");
    driver().get(baseUrl);
    By usernameField = By.cssSelector("input[ng-model='username']");
    // On a loaded machine Tasklist's script loader can give up on its first load (RequireJS
    // "Load timeout for modules"); a person reloads the page, and so does the test, twice.
    for (int attempt = 1; ; attempt++) {
      try {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(usernameField));
        break;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
        driver().navigate().refresh();
      }
    }
  }

  private void typeLogin(String user, String password) {
    By usernameField = By.cssSelector("input[ng-model='username']");
    driver().findElement(usernameField).sendKeys(user);
    driver().findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    driver().findElement(By.cssSelector("form button[type='submit']")).click();
  }

  // --- starting a process ----------------------------------------------------------------

  /** Opens the start dialog and picks the process by its (Finnish) name; waits for its form. */
  public void startProcess(String processName) {
    driver().findElement(By.cssSelector("li.start-process-action a")).click();
    By entry = By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()="
        + xpathLiteral(processName) + "]");
    browser.waiting().until(ExpectedConditions.elementToBeClickable(entry)).click();
    waitForForm();
  }

  /** Texts of the processes the start dialog offers (before one is picked). */
  public List<String> startableProcesses() {
    return driver().findElements(By.cssSelector("ul.processes a")).stream()
        .map(e -> e.getText().trim()).toList();
  }

  /** The start dialog's Start button; the dialog closes when the process has started. */
  public void submitStart() {
    driver().findElement(By.cssSelector("button[ng-click='startProcessInstance()']")).click();
  }

  public void waitForStartDialogClosed() {
    browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
        By.cssSelector(".modal-dialog")));
  }

  // --- tasks -----------------------------------------------------------------------------

  /** Opens a task the way a link to it does ({@code #/?task=<id>}); waits for its form. */
  public void openTask(String taskId) {
    driver().get(baseUrl + "#/?task=" + taskId);
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("section.task-card .names h2.task")));
    waitForForm();
  }

  /** The heading of the open task (its name). */
  public String taskName() {
    return driver().findElement(By.cssSelector("section.task-card .names h2.task")).getText().trim();
  }

  public void claim() {
    browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")))
        .click();
    browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
        By.cssSelector("button.claim")));
    waitForForm();
  }

  /**
   * Whether the task form's "Valmis" button can be clicked where it is now: no notification (or
   * anything else) lies over its middle.
   */
  public boolean completeButtonUncovered() {
    WebElement button = driver().findElement(By.cssSelector("button[ng-click='complete()']"));
    return (Boolean) ((JavascriptExecutor) driver()).executeScript(
        "var r = arguments[0].getBoundingClientRect();"
            + "var top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
            + "return top !== null && (top === arguments[0] || arguments[0].contains(top));",
        button);
  }

  /** Closes Tasklist's notifications, as a person does. */
  public void dismissNotifications() {
    for (WebElement close : driver().findElements(
        By.cssSelector("button[ng-click='removeNotification(notification)']"))) {
      if (close.isDisplayed()) {
        close.click();
      }
    }
  }

  public void complete() {
    click(browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("button[ng-click='complete()']"))));
  }

  /** After Complete: the task is gone from the detail view. */
  public void waitForTaskClosed() {
    browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
        By.cssSelector("button[ng-click='complete()']")));
  }

  // --- the Camunda Form ------------------------------------------------------------------

  public void waitForForm() {
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("form.fjs-form .fjs-form-field")));
  }

  /** The whole visible text of the form (headings, texts, labels, descriptions). */
  public String formText() {
    return driver().findElement(By.cssSelector("form.fjs-form")).getText();
  }

  /** The labels of the form's fields as shown (a required field's label ends with "*"). */
  public List<String> labels() {
    return driver().findElements(By.cssSelector("form.fjs-form label.fjs-form-field-label")).stream()
        .map(e -> e.getText().replaceAll("\\s+", " ").replace(" *", "*").trim())
        .filter(t -> !t.isEmpty()).toList();
  }

  public WebElement field(String key) {
    return driver().findElement(By.cssSelector("[id$='-Field_" + key + "']"));
  }

  /**
   * Replaces a text, text area or number field's value as typed by a person. form-js may
   * re-render the form while a person types (after a change elsewhere): the typing is repeated
   * until the field holds what was typed.
   */
  public void type(String key, Object value) {
    String text = String.valueOf(value);
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement input = field(key);
        click(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        browser.waiting(java.time.Duration.ofSeconds(5)).until(d -> text.equals(value(key)));
        return;
      } catch (org.openqa.selenium.TimeoutException
          | org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  public String value(String key) {
    return field(key).getAttribute("value");
  }

  /**
   * Opens a select and clicks the option with this visible label. form-js toggles the list on
   * a press of the field and closes it when the field loses focus, so a press may find it
   * open or closed: the list is opened until the option shows (three presses at most).
   */
  public void select(String key, String optionLabel) {
    By display = By.cssSelector("[id$='-Field_" + key + "-display']");
    By option = By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()="
        + xpathLiteral(optionLabel) + "]");
    for (int attempt = 1; ; attempt++) {
      if (driver().findElements(option).stream().noneMatch(WebElement::isDisplayed)) {
        click(driver().findElement(display));
      }
      try {
        WebElement item = browser.waiting(java.time.Duration.ofSeconds(10))
            .until(ExpectedConditions.visibilityOfElementLocated(option));
        ((JavascriptExecutor) driver()).executeScript(
            "arguments[0].scrollIntoView({block: 'nearest'});", item);
        item.click();
        browser.waiting().until(d -> selected(key).contains(optionLabel));
        return;
      } catch (org.openqa.selenium.TimeoutException
          | org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /** The labels a select offers: opens its list and leaves it open, as a person reading it. */
  public List<String> options(String key) {
    WebElement display = driver().findElement(By.cssSelector("[id$='-Field_" + key + "-display']"));
    click(display);
    return browser.waiting().until(d -> {
      List<String> labels = d.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
          .map(e -> e.getText().trim()).filter(t -> !t.isEmpty()).toList();
      return labels.isEmpty() ? null : labels;
    });
  }

  /** The label shown in a select (its chosen option). */
  public String selected(String key) {
    return driver().findElement(By.cssSelector("[id$='-Field_" + key + "-display']")).getText().trim();
  }

  /** Clicks the radio option with this label. */
  public void radio(String key, String optionLabel) {
    WebElement option = driver().findElement(By.xpath("//div[contains(@class,'fjs-form-field-radio')]"
        + "[.//*[contains(@id,'-Field_" + key + "')]]//label[normalize-space()="
        + xpathLiteral(optionLabel) + "]"));
    click(option);
  }

  public void checkbox(String key, boolean checked) {
    WebElement box = field(key);
    if (box.isSelected() != checked) {
      click(box);
    }
  }

  /**
   * Types a date into a form-js date picker as a Finn writes it (2.12.2026), whatever the
   * placeholder says — the test asserts the placeholder ({@link #datePlaceholder}) and what
   * was stored.
   */
  public void date(String key, LocalDate date) {
    By picker = datePicker(key);
    String text = date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
    // form-js re-renders the form after every change: find the input anew if it went stale
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement input = browser.waiting().until(ExpectedConditions.elementToBeClickable(picker));
        click(input);
        input = driver().findElement(picker);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        // Tab, not Escape: Escape would close the start-process dialog around the form
        input.sendKeys(text, Keys.TAB);
        return;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /** The placeholder of a date picker, once the Finnish webapp has translated it. */
  public String datePlaceholder(String key) {
    return browser.waiting().until(d -> {
      String placeholder = d.findElement(datePicker(key)).getAttribute("placeholder");
      return placeholder != null && !placeholder.contains("d") ? placeholder : null;
    });
  }

  /** The text a date picker shows (what form-js formatted from its value). */
  public String dateText(String key) {
    return driver().findElement(datePicker(key)).getAttribute("value");
  }

  private static By datePicker(String key) {
    return By.cssSelector("[id$='-Field_" + key + "-date']");
  }

  /** Leaves the field (as a person tabbing on), so form-js validates it. */
  public void blur(String key) {
    ((JavascriptExecutor) driver()).executeScript("arguments[0].blur();", field(key));
  }

  /** The validation message form-js shows under the field, waiting for it to appear. */
  public String errorAt(String key) {
    By error = By.cssSelector("[id$='-Field_" + key + "-error-message']");
    return browser.waiting().until(d -> {
      List<WebElement> found = d.findElements(error);
      return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0).getText().trim();
    });
  }

  /** True when no validation message is shown at the field. */
  public boolean noErrorAt(String key) {
    List<WebElement> found = driver().findElements(
        By.cssSelector("[id$='-Field_" + key + "-error-message']"));
    return found.isEmpty() || found.get(0).getText().isBlank();
  }

  /**
   * Waits until Tasklist shows a notification containing this text; returns its text as read
   * (without the close button's ×).
   */
  public String notification(String containing) {
    return browser.waiting().until(d -> notifications().stream().filter(t -> t.contains(containing))
        .findFirst().orElse(null));
  }

  /** Texts of the notifications shown now (errors and successes). */
  public List<String> notifications() {
    return driver().findElements(By.cssSelector(".notifications .alert")).stream()
        .map(e -> {
          try {
            return e.getText().replaceFirst("^×\\s*", "").replaceAll("\\s+", " ").trim();
          } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return "";
          }
        }).filter(t -> !t.isEmpty()).toList();
  }

  /** Clicks a link in Tasklist's header (the project's plugin links, e.g. "Omat hakemukset"). */
  public void headerLink(String text) {
    WebElement link = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//header//a[normalize-space()=" + xpathLiteral(text) + "]"
            + " | //li[contains(@class,'avustukset-links')]//a[normalize-space()=" + xpathLiteral(text) + "]")));
    String before = driver().getCurrentUrl();
    link.click();
    browser.waiting().until(d -> !d.getCurrentUrl().equals(before));
  }

  /** Scrolls the element to the middle of the window first: Tasklist's footer covers the bottom. */
  public void click(WebElement element) {
    ((JavascriptExecutor) driver()).executeScript(
        "arguments[0].scrollIntoView({block: 'center'});", element);
    browser.waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "',\"'\",'") + "')";
  }
}
