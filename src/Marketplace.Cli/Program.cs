using Spectre.Console;

namespace Marketplace.Cli;

// A named entry point: a top-level Program would clash with the API's in the test project that references both.
internal static class Program
{
    private static Task<int> Main(string[] args) => MoveCommands.Build(AnsiConsole.Console).Parse(args).InvokeAsync();
}
