package fi.avustukset.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.avustukset.platform.process.InputGuardPlugin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The Finnish texts of a task's form ({@code requestedAmountText} = "45 000,00 €", issue 10.1,
 * {@link fi.avustukset.platform.process.TaskTexts}) are added to the answer of
 * {@code GET …/task/{id}/form-variables} — the request Tasklist makes to fill a Camunda Form —
 * on engine-rest and on the webapps' engine API. Only a successful answer is completed: the
 * engine has then checked that the user may read the task's variables, and the texts are made
 * of those variables. A variable of the same name, if a process ever sets one, is left as it
 * is.
 */
public class TaskTextsFilter extends OncePerRequestFilter {

  static final Pattern FORM_VARIABLES = Pattern.compile(".*/task/([^/]+)/form-variables/?$");

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(
      TaskTextsFilter.class);

  private final InputGuardPlugin forms;
  private final ObjectMapper json = new ObjectMapper();

  public TaskTextsFilter(InputGuardPlugin forms) {
    this.forms = forms;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod())
        || !FORM_VARIABLES.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, answer);
      if (answer.getStatus() == HttpServletResponse.SC_OK) {
        Matcher m = FORM_VARIABLES.matcher(request.getRequestURI());
        if (m.matches()) {
          try {
            addTexts(answer, forms.textsOf(java.net.URLDecoder.decode(m.group(1),
                java.nio.charset.StandardCharsets.UTF_8)));
          } catch (RuntimeException | IOException e) {
            // The engine's answer stands: the form opens, its texts are missing (a technical
            // failure, logged; never a 500 for the variables the user could read).
            log.warn("Task texts not added for {}", request.getRequestURI(), e);
          }
        }
      }
    } finally {
      answer.copyBodyToResponse();
    }
  }

  private void addTexts(ContentCachingResponseWrapper answer, Map<String, String> texts)
      throws IOException {
    if (texts.isEmpty()) {
      return;
    }
    JsonNode body = json.readTree(answer.getContentAsByteArray());
    if (!(body instanceof ObjectNode variables)) {
      return;
    }
    texts.forEach((name, text) -> {
      if (!variables.has(name)) {
        ObjectNode value = variables.putObject(name);
        value.put("type", "String");
        value.put("value", text);
        value.putObject("valueInfo");
      }
    });
    answer.resetBuffer();
    answer.getOutputStream().write(json.writeValueAsBytes(variables));
  }
}
