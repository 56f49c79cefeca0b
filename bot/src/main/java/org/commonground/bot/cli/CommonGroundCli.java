package org.commonground.bot.cli;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.commonground.bot.config.EnvironmentVariable;
import org.commonground.bot.config.SettingsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;

/** The command line: subcommands, {@code --help}, and one-line errors with a non-zero exit. */
@Command(
    name = "commonground",
    mixinStandardHelpOptions = true,
    version = "Common Ground 1.0",
    description = "Introduces people across organisations who work on the same challenges.",
    subcommands = {
      ServeCommand.class,
      DemoCommand.class,
      BackupCommand.class,
      TeamsPackageCommand.class
    },
    footerHeading = "%nEnvironment (serve):%n")
public final class CommonGroundCli implements Runnable {

  private static final int SETTINGS_ERROR = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Runs the command line and returns the process exit code. */
  public static int run(String[] args, Map<String, String> env) {
    CommandLine cli = new CommandLine(new CommonGroundCli(), new Factory(env));
    cli.getCommandSpec().usageMessage().footer(environmentHelp());
    cli.setExecutionExceptionHandler(oneLineErrors());
    return cli.execute(args);
  }

  private static String environmentHelp() {
    return Arrays.stream(EnvironmentVariable.values())
        .map(v -> String.format("  %-21s %s", v.name(), v.meaning()))
        .collect(Collectors.joining("%n"));
  }

  private static IExecutionExceptionHandler oneLineErrors() {
    return (exception, commandLine, parseResult) -> {
      if (exception instanceof SettingsException) {
        commandLine.getErr().println("commonground: " + exception.getMessage());
        return SETTINGS_ERROR;
      }
      throw exception;
    };
  }

  /** Gives subcommands the environment to read, so tests can pass their own. */
  private record Factory(Map<String, String> env) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == ServeCommand.class) {
        return type.cast(new ServeCommand(env));
      }
      if (type == BackupCommand.class) {
        return type.cast(new BackupCommand(env));
      }
      if (type == TeamsPackageCommand.class) {
        return type.cast(new TeamsPackageCommand(env));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
