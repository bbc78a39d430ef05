package org.hindsight.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code hindsight train PART}: rebuilds one learned model of {@code models/} from its real
 * labelled data, bit for bit (STYLE.md, "Learned parts"). Each part is a subcommand that prints its
 * cross-validated figures and writes {@code models/NAME.bin} and {@code models/NAME.json}.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Rebuild a learned model in models/ from its labelled data (see models/README.md).",
    subcommands = {
      TrainPredictionCommand.class,
      TrainActorAntecedentCommand.class,
      TrainAttributionCommand.class,
      TrainVerdictCommand.class
    })
final class TrainCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name the model to train: " + spec.subcommands().keySet());
  }
}
