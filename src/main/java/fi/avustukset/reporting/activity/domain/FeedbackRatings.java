package fi.avustukset.reporting.activity.domain;

/**
 * Feedback on one event for one of its goal levels (DOMAIN.md §8): how many participants
 * rated 1 (not at all) … 5 (very much) that the event furthered the goal.
 */
public record FeedbackRatings(GoalLevel goalLevel, int rating1, int rating2, int rating3,
    int rating4, int rating5) {

  public int responses() {
    return rating1 + rating2 + rating3 + rating4 + rating5;
  }

  public int sum() {
    return rating1 + 2 * rating2 + 3 * rating3 + 4 * rating4 + 5 * rating5;
  }
}
