using System.Globalization;
using System.Text;

namespace Verify.Setup;

/// <summary>
/// Parses the small Python literal that is a .npy header: a dict of strings, booleans, None, integers, and tuples
/// or lists of these. Results are <see cref="Dictionary{TKey,TValue}"/> (string keys), <see cref="string"/>,
/// <see cref="bool"/>, <see cref="long"/>, <see cref="List{T}"/> of objects, or null for None.
/// </summary>
internal sealed class PythonLiteral
{
    private const int MaxDepth = 16;

    private readonly string _text;
    private int _position;
    private int _depth;

    private PythonLiteral(string text) => _text = text;

    /// <summary>The value of <paramref name="text"/>; throws <see cref="FormatException"/> with the reason when it is not one.</summary>
    public static object? Parse(string text)
    {
        var parser = new PythonLiteral(text);
        object? value = parser.Value();
        parser.SkipSpace();
        if (parser._position != text.Length)
        {
            throw new FormatException($"unexpected {JsonText.Quote(text[parser._position..].Trim())} after the header dict");
        }
        return value;
    }

    private object? Value()
    {
        SkipSpace();
        if (_position >= _text.Length)
        {
            throw new FormatException("the header ends early");
        }
        char c = _text[_position];
        return c switch
        {
            '{' => Dict(),
            '(' => Sequence(')'),
            '[' => Sequence(']'),
            '\'' or '"' => String(),
            _ when c == '-' || char.IsAsciiDigit(c) => Integer(),
            _ => Word(),
        };
    }

    private Dictionary<string, object?> Dict()
    {
        var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
        Enter();
        while (true)
        {
            SkipSpace();
            if (TryConsume('}'))
            {
                _depth--;
                return dict;
            }
            if (Value() is not string key)
            {
                throw new FormatException("a header key is not a string");
            }
            SkipSpace();
            Expect(':');
            if (!dict.TryAdd(key, Value()))
            {
                throw new FormatException($"the key '{key}' appears twice");
            }
            SkipSpace();
            if (!TryConsume(','))
            {
                SkipSpace();
                Expect('}');
                _depth--;
                return dict;
            }
        }
    }

    private List<object?> Sequence(char close)
    {
        var items = new List<object?>();
        Enter();
        while (true)
        {
            SkipSpace();
            if (TryConsume(close))
            {
                _depth--;
                return items;
            }
            items.Add(Value());
            SkipSpace();
            if (!TryConsume(','))
            {
                SkipSpace();
                Expect(close);
                _depth--;
                return items;
            }
        }
    }

    private string String()
    {
        char quote = _text[_position++];
        var text = new StringBuilder();
        while (_position < _text.Length && _text[_position] != quote)
        {
            if (_text[_position] == '\\' && _position + 1 < _text.Length)
            {
                _position++;
            }
            text.Append(_text[_position++]);
        }
        Expect(quote);
        return text.ToString();
    }

    private long Integer()
    {
        int start = _position;
        if (_text[_position] == '-')
        {
            _position++;
        }
        while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
        {
            _position++;
        }
        string digits = _text[start.._position];
        TryConsume('L'); // Python 2 long literals, as old NumPy wrote them
        if (!long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
        {
            throw new FormatException($"{JsonText.Quote(digits)} is not an integer that fits in 64 bits");
        }
        return value;
    }

    private object? Word()
    {
        int start = _position;
        while (_position < _text.Length && char.IsAsciiLetter(_text[_position]))
        {
            _position++;
        }
        return _text[start.._position] switch
        {
            "True" => true,
            "False" => false,
            "None" => null,
            var word => throw new FormatException(
                $"unexpected {JsonText.Quote(word.Length > 0 ? word : _text[start].ToString())} at character {start + 1}"),
        };
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new FormatException($"the header nests deeper than {MaxDepth} levels");
        }
        _position++;
    }

    private void SkipSpace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private bool TryConsume(char c)
    {
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }
        return false;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c))
        {
            string found = _position < _text.Length ? $"'{_text[_position]}'" : "the end of the header";
            throw new FormatException($"expected '{c}' at character {_position + 1}, found {found}");
        }
    }
}
