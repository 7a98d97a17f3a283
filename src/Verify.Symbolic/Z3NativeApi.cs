using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Verify.Symbolic;

/// <summary>
/// The few entry points of Z3's stable C API that Verify uses, bound as unmanaged function pointers
/// from an already loaded <c>libz3</c>. Strings returned by Z3 are owned by the context and are copied
/// immediately.
/// </summary>
internal sealed unsafe class Z3NativeApi
{
    /// <summary>Z3_OK in Z3's <c>Z3_error_code</c> enumeration.</summary>
    public const int ErrorCodeOk = 0;

    /// <summary>Held around every SMT-LIB2 evaluation, in every context (see <see cref="EvaluateSmtLib2"/>).</summary>
    private static readonly Lock _evaluation = new();

    private readonly delegate* unmanaged[Cdecl]<nint> _mkConfig;
    private readonly delegate* unmanaged[Cdecl]<nint, void> _delConfig;
    private readonly delegate* unmanaged[Cdecl]<nint, byte*, byte*, void> _setParamValue;
    private readonly delegate* unmanaged[Cdecl]<nint, nint> _mkContext;
    private readonly delegate* unmanaged[Cdecl]<nint, void> _delContext;
    private readonly delegate* unmanaged[Cdecl]<nint, delegate* unmanaged[Cdecl]<nint, int, void>, void> _setErrorHandler;
    private readonly delegate* unmanaged[Cdecl]<nint, int, void> _setError;
    private readonly delegate* unmanaged[Cdecl]<nint, int> _getErrorCode;
    private readonly delegate* unmanaged[Cdecl]<nint, int, byte*> _getErrorMsg;
    private readonly delegate* unmanaged[Cdecl]<nint, byte*, byte*> _evalSmtLib2String;

    private Z3NativeApi(nint library)
    {
        _mkConfig = (delegate* unmanaged[Cdecl]<nint>)Export(library, "Z3_mk_config");
        _delConfig = (delegate* unmanaged[Cdecl]<nint, void>)Export(library, "Z3_del_config");
        _setParamValue = (delegate* unmanaged[Cdecl]<nint, byte*, byte*, void>)Export(library, "Z3_set_param_value");
        _mkContext = (delegate* unmanaged[Cdecl]<nint, nint>)Export(library, "Z3_mk_context");
        _delContext = (delegate* unmanaged[Cdecl]<nint, void>)Export(library, "Z3_del_context");
        _setErrorHandler = (delegate* unmanaged[Cdecl]<nint, delegate* unmanaged[Cdecl]<nint, int, void>, void>)
            Export(library, "Z3_set_error_handler");
        _setError = (delegate* unmanaged[Cdecl]<nint, int, void>)Export(library, "Z3_set_error");
        _getErrorCode = (delegate* unmanaged[Cdecl]<nint, int>)Export(library, "Z3_get_error_code");
        _getErrorMsg = (delegate* unmanaged[Cdecl]<nint, int, byte*>)Export(library, "Z3_get_error_msg");
        _evalSmtLib2String = (delegate* unmanaged[Cdecl]<nint, byte*, byte*>)Export(library, "Z3_eval_smtlib2_string");
        FullVersion = ReadVersion(library);
    }

    /// <summary>Z3's full version string, e.g. <c>4.8.12.0</c>.</summary>
    public string FullVersion { get; }

    /// <summary>Binds every entry point; throws <see cref="EntryPointNotFoundException"/> naming a missing one.</summary>
    public static Z3NativeApi Bind(nint library) => new(library);

    /// <summary>
    /// Makes a context with the given configuration parameters and installs the non-fatal error
    /// handler before anything else can fail (Z3's default handler would end the process).
    /// </summary>
    public nint CreateContext(IReadOnlyDictionary<string, string> parameters)
    {
        nint config = _mkConfig();
        if (config == 0)
        {
            throw new InvalidOperationException("Z3_mk_config returned null.");
        }

        nint context;
        try
        {
            foreach ((string name, string value) in parameters)
            {
                fixed (byte* namePtr = ToUtf8(name))
                fixed (byte* valuePtr = ToUtf8(value))
                {
                    _setParamValue(config, namePtr, valuePtr);
                }
            }

            context = _mkContext(config);
        }
        finally
        {
            _delConfig(config);
        }

        if (context == 0)
        {
            throw new InvalidOperationException("Z3_mk_context returned null.");
        }

        _setErrorHandler(context, &IgnoreError);
        return context;
    }

    /// <summary>Frees a context made by <see cref="CreateContext"/>.</summary>
    public void DeleteContext(nint context) => _delContext(context);

    /// <summary>
    /// Feeds SMT-LIB2 text to the context's command interpreter and returns its output together with the
    /// error code Z3 set during the call (and that error's message, when there is one).
    /// </summary>
    /// <remarks>
    /// Calls are serialized process-wide: Z3 4.8's SMT-LIB2 front end installs a SIGINT handler around each
    /// command through one static pointer to a stack object (<c>scoped_ctrl_c</c>, not thread-safe), so two
    /// commands on two threads leave that handler pointing at a frame that has returned, and the next SIGINT
    /// crashes the process inside libz3. The SIGINT disposition in place before the call is put back after it.
    /// </remarks>
    public (string Output, int ErrorCode, string? ErrorMessage) EvaluateSmtLib2(nint context, string text)
    {
        byte[] utf8 = ToUtf8(text);
        lock (_evaluation)
        {
            byte[]? sigint = SigintDisposition.Save();
            try
            {
                _setError(context, ErrorCodeOk);
                byte* result;
                fixed (byte* textPtr = utf8)
                {
                    result = _evalSmtLib2String(context, textPtr);
                }

                string output = Marshal.PtrToStringUTF8((nint)result) ?? string.Empty;
                int code = _getErrorCode(context);
                string? message = code == ErrorCodeOk ? null : Marshal.PtrToStringUTF8((nint)_getErrorMsg(context, code));
                _setError(context, ErrorCodeOk);
                return (output, code, message);
            }
            finally
            {
                SigintDisposition.Restore(sigint);
            }
        }
    }

    /// <summary>
    /// Z3 calls this on every API error instead of its default handler (which prints and exits).
    /// It records nothing: callers read <c>Z3_get_error_code</c> after each call.
    /// </summary>
    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static void IgnoreError(nint context, int errorCode)
    {
    }

    private static string ReadVersion(nint library)
    {
        if (NativeLibrary.TryGetExport(library, "Z3_get_full_version", out nint fullVersion))
        {
            byte* text = ((delegate* unmanaged[Cdecl]<byte*>)fullVersion)();
            string? version = Marshal.PtrToStringUTF8((nint)text);
            if (!string.IsNullOrWhiteSpace(version))
            {
                return version;
            }
        }

        var getVersion = (delegate* unmanaged[Cdecl]<uint*, uint*, uint*, uint*, void>)Export(library, "Z3_get_version");
        uint major, minor, build, revision;
        getVersion(&major, &minor, &build, &revision);
        return $"{major}.{minor}.{build}.{revision}";
    }

    private static nint Export(nint library, string name) =>
        NativeLibrary.TryGetExport(library, name, out nint address)
            ? address
            : throw new EntryPointNotFoundException($"libz3 does not export {name}.");

    private static byte[] ToUtf8(string text)
    {
        if (text.Contains('\0'))
        {
            throw new ArgumentException("Text passed to Z3 must not contain NUL characters.", nameof(text));
        }

        byte[] bytes = new byte[Encoding.UTF8.GetByteCount(text) + 1];
        Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }
}
