package dev.rituals.core.model;

import java.util.List;
import java.util.Optional;

/**
 * Question sets a moderator can start a bank from, written for teachers' communities of practice.
 * Each template's name doubles as the tag its questions get.
 */
public final class QuestionTemplates {
  /** One starter set. */
  public record Template(String name, String title, String purpose, List<String> questions) {
    public Template {
      questions = List.copyOf(questions);
    }
  }

  public static final List<Template> ALL =
      List.of(
          new Template(
              "friyay",
              "Weekly celebration (#FriYay)",
              "End the week by noticing what went well.",
              List.of(
                  "What is one moment from this week you want to remember?",
                  "Which student surprised you this week, and how?",
                  "What small win in your classroom deserves a celebration?",
                  "Who on your team made your week easier? Tell them here.",
                  "What made you laugh at school this week?",
                  "What did you try for the first time this week, however small?",
                  "What are you proud of letting go of this week?")),
          new Template(
              "reflection",
              "Reflection on practice",
              "Look back at a lesson and what it taught you.",
              List.of(
                  "Which lesson this week went differently than you planned? What happened?",
                  "What evidence of learning did you see this week that you didn't expect?",
                  "What question did a student ask that you're still thinking about?",
                  "If you could re-teach one lesson from this week, what would you change?",
                  "Where did you notice students doing most of the thinking this week?",
                  "What routine is working well for you right now, and why do you think it works?")),
          new Template(
              "problem-of-practice",
              "Problem of practice",
              "Bring a real classroom challenge; colleagues help think it through.",
              List.of(
                  "What is one challenge in your classroom you'd like fresh eyes on?",
                  "Which students are you most worried about reaching right now, and what have you tried?",
                  "Where do your students get stuck most often in your current unit?",
                  "What is one assessment practice you are unsure about?",
                  "How are you handling the range of readiness in your class right now?",
                  "What would you try next week if you knew it couldn't fail?")),
          new Template(
              "resource-share",
              "Resource share",
              "Swap the tools, texts and tasks that work.",
              List.of(
                  "Share one resource (a link, a task, a text) that worked this week and why.",
                  "What is your go-to warm-up or exit ticket? Share an example.",
                  "Which tool saves you the most time each week?",
                  "What book, article or podcast changed how you teach?",
                  "Share a rich task or problem your students loved.",
                  "What is one template or routine you'd hand to a new teacher on day one?")),
          new Template(
              "goal-check-in",
              "Goal check-in",
              "Set a small professional goal and return to it.",
              List.of(
                  "What is one professional goal you are working on this month?",
                  "What step did you take toward your goal this week?",
                  "What is getting in the way of your goal, and what could help?",
                  "Who could you learn from for your current goal?",
                  "How will you know you've made progress on your goal?",
                  "Looking back at your goal: what would you keep, change or drop?")));

  private QuestionTemplates() {}

  public static Optional<Template> find(String name) {
    return ALL.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
  }
}
