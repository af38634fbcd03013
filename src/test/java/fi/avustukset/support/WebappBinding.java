package fi.avustukset.support;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.springframework.context.ApplicationContext;

/**
 * Keeps the Camunda webapps of the shared test application working after a test with a Spring
 * context of its own (TakeoverIT) ran in the same JVM. The webapps keep JVM-wide static state:
 * the starter binds every webapp filter to the newest context ({@link LazyInitRegistration}),
 * and the webapps' container bootstraps clear the Admin/Tasklist/Cockpit/Welcome runtime
 * delegates when that context's server stops — after which the shared application's Tasklist
 * page and its login answered 500 (in a test run only; one application per JVM in production).
 * Called before each test of the shared context; restores only what another context took away.
 */
final class WebappBinding extends LazyInitRegistration {

  static synchronized void ensure(ApplicationContext context) {
    if (APPLICATION_CONTEXT != context) {
      new WebappBinding().setApplicationContext(context);
    }
    if (Admin.getRuntimeDelegate() == null) {
      Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
    }
    if (Tasklist.getRuntimeDelegate() == null) {
      Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
    }
    if (Cockpit.getRuntimeDelegate() == null) {
      Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
    }
    if (Welcome.getRuntimeDelegate() == null) {
      Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
    }
  }
}
