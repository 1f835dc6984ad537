package dev.rituals.core.command;

import dev.rituals.core.model.QuestionTemplates;
import java.util.List;

/** The names of the built-in question templates, for the grammar and its help. */
final class TemplateNames {
  static final List<String> ALL =
      QuestionTemplates.ALL.stream().map(QuestionTemplates.Template::name).toList();

  private TemplateNames() {}
}
