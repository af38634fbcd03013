package fi.avustukset.platform.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the outbox delivery and the scheduled notifications (reminders, staff digest). */
@Configuration
@EnableScheduling
public class MailConfiguration {}
