namespace Verify.Core;

/// <summary>How a measured value must compare with its bound for a check to hold.</summary>
public enum Relation
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary>Evaluation and display of <see cref="Relation"/>.</summary>
public static class Relations
{
    public static string Symbol(this Relation relation) => relation switch
    {
        Relation.Less => "<",
        Relation.LessOrEqual => "≤",
        Relation.Greater => ">",
        Relation.GreaterOrEqual => "≥",
        _ => throw new ArgumentOutOfRangeException(nameof(relation)),
    };

    /// <summary>Whether <paramref name="value"/> relation <paramref name="bound"/> holds exactly in floating point.</summary>
    public static bool Holds(this Relation relation, double value, double bound) => relation switch
    {
        Relation.Less => value < bound,
        Relation.LessOrEqual => value <= bound,
        Relation.Greater => value > bound,
        Relation.GreaterOrEqual => value >= bound,
        _ => throw new ArgumentOutOfRangeException(nameof(relation)),
    };

    /// <summary>True for the relations that want the value below the bound.</summary>
    public static bool IsUpperBound(this Relation relation) => relation is Relation.Less or Relation.LessOrEqual;
}
