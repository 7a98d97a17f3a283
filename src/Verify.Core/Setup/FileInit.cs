namespace Verify.Core.Setup;

/// <summary>Initial weights given as files (absolute paths): the m×d first layer and the m output weights, used exactly.</summary>
public sealed record FileInit(string FirstLayerPath, string OutputLayerPath) : InitSpec;
