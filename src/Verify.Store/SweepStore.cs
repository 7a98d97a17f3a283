using System.Globalization;
using Microsoft.Data.Sqlite;
using Verify.Core;

namespace Verify.Store;

/// <summary>
/// A sweep's results in one SQLite file: the plan it belongs to (<see cref="StorePlan"/>), the environment of every run
/// that wrote to it, and each finished instance (its cell, index, report as report.json writes it, timing and host),
/// appended in its own transaction as soon as it finishes — so a killed sweep loses at most the instances that were
/// running, and a rerun skips every (cell, index) already stored.
/// </summary>
public sealed class SweepStore : IDisposable
{
    /// <summary>The layout of the file; a store of another version is refused, never migrated silently.</summary>
    public const int SchemaVersion = 1;

    private readonly SqliteConnection _connection;

    private SweepStore(SqliteConnection connection, StorePlan plan)
    {
        _connection = connection;
        Plan = plan;
    }

    public StorePlan Plan { get; }

    /// <summary>
    /// Opens the store at <paramref name="path"/> for <paramref name="plan"/>, creating it when absent; refuses
    /// (<see cref="StoreException"/>) a store of another plan, tool version or layout.
    /// </summary>
    public static SweepStore OpenFor(string path, StorePlan plan)
    {
        var connection = Connect(path, SqliteOpenMode.ReadWriteCreate);
        try
        {
            using (var transaction = connection.BeginTransaction())
            {
                Execute(connection, """
                    CREATE TABLE IF NOT EXISTS plan (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, environment TEXT NOT NULL);
                    CREATE TABLE IF NOT EXISTS instances (
                        cell TEXT NOT NULL, idx INTEGER NOT NULL, theorem TEXT NOT NULL, seed TEXT NOT NULL, verdict TEXT NOT NULL,
                        in_scope INTEGER, elapsed_seconds REAL NOT NULL, allocated_bytes INTEGER, host TEXT NOT NULL,
                        finished_at TEXT NOT NULL, run INTEGER NOT NULL REFERENCES runs(id), report TEXT NOT NULL,
                        PRIMARY KEY (cell, idx));
                    """);
                var stored = ReadPlan(connection);
                if (stored is null)
                {
                    WritePlan(connection, plan);
                }
                else
                {
                    Compatible(path, stored, plan);
                }
                transaction.Commit();
            }
            return new SweepStore(connection, plan);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Opens an existing store (merge, export, report), read-only unless asked; refuses a file that is not one.</summary>
    public static SweepStore OpenExisting(string path, bool writable = false)
    {
        if (!File.Exists(path))
        {
            throw new StoreException($"{path}: no such store (looked for {Path.GetFullPath(path)})");
        }
        var connection = Connect(path, writable ? SqliteOpenMode.ReadWrite : SqliteOpenMode.ReadOnly);
        try
        {
            var plan = ReadPlan(connection) ?? throw new StoreException($"{path}: not a sweep store (no plan recorded)");
            if (plan.SchemaVersion != SchemaVersion)
            {
                throw new StoreException($"{path}: a store of layout version {plan.SchemaVersion}; this verify reads version {SchemaVersion}");
            }
            return new SweepStore(connection, plan);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"{path}: not a sweep store ({e.Message})");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Records the environment of a run writing to this store; its id goes with every instance it appends.</summary>
    public long BeginRun(EnvironmentInfo environment)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "INSERT INTO runs (environment) VALUES ($e); SELECT last_insert_rowid();";
        command.Parameters.AddWithValue("$e", ReportJson.SerializeCompact(environment));
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Every (cell, index) already stored with a result (an instance stored as an Error is run again on resume).</summary>
    public HashSet<(string Cell, int Index)> Finished()
    {
        var done = new HashSet<(string, int)>();
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT cell, idx FROM instances WHERE verdict <> 'Error'";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            done.Add((reader.GetString(0), reader.GetInt32(1)));
        }
        return done;
    }

    /// <summary>
    /// Appends one finished instance in its own transaction, replacing an Error stored for it; an instance already stored
    /// with a result is refused (<see cref="StoreException"/>: another process is writing the same cells), never a second row.
    /// </summary>
    public void Append(StoredInstance instance, long run)
    {
        using var transaction = _connection.BeginTransaction();
        using (var delete = _connection.CreateCommand())
        {
            delete.CommandText = "DELETE FROM instances WHERE cell = $cell AND idx = $idx AND verdict = 'Error'";
            delete.Parameters.AddWithValue("$cell", instance.Cell);
            delete.Parameters.AddWithValue("$idx", instance.Index);
            delete.ExecuteNonQuery();
        }
        try
        {
            Insert(_connection, instance, run);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19) // constraint: the primary key (cell, index)
        {
            throw new StoreException($"cell {instance.Cell} instance {instance.Index} is already in the store: is another sweep writing the same cells to it? (each shard needs its own --store)");
        }
        transaction.Commit();
    }

    /// <summary>Every stored instance, in (cell, index) order.</summary>
    public IReadOnlyList<StoredInstance> Instances()
    {
        var list = new List<StoredInstance>();
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT cell, idx, theorem, elapsed_seconds, allocated_bytes, host, finished_at, run, report FROM instances ORDER BY cell, idx";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            double elapsed = reader.GetDouble(3);
            long? allocated = reader.IsDBNull(4) ? null : reader.GetInt64(4);
            var report = ReportJson.DeserializePart<InstanceReport>(reader.GetString(8)) with { Resources = new InstanceResources(elapsed, allocated ?? 0) };
            list.Add(new StoredInstance(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), report, elapsed, allocated,
                reader.GetString(5), DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture)) { Run = reader.GetInt64(7) });
        }
        return list;
    }

    /// <summary>The environment of every run, by id.</summary>
    public IReadOnlyDictionary<long, EnvironmentInfo> Runs()
    {
        var runs = new Dictionary<long, EnvironmentInfo>();
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, environment FROM runs ORDER BY id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            runs[reader.GetInt64(0)] = ReportJson.DeserializePart<EnvironmentInfo>(reader.GetString(1));
        }
        return runs;
    }

    /// <summary>
    /// Joins <paramref name="sources"/> into the store at <paramref name="target"/> (created when absent): every source must
    /// be of the same plan and tool version; an instance stored in two sources must be the same result (else refused);
    /// all in one transaction, so a failed merge leaves the target as it was. Returns the number of instances added.
    /// </summary>
    public static int Merge(IReadOnlyList<string> sources, string target)
    {
        if (sources.Count == 0)
        {
            throw new StoreException("nothing to merge: expected at least one store");
        }
        var opened = sources.Select(path => OpenExisting(path)).ToList();
        try
        {
            var plan = opened[0].Plan;
            for (int i = 1; i < opened.Count; i++)
            {
                Compatible(sources[i], opened[i].Plan, plan);
            }
            if (File.Exists(target))
            {
                using var existing = OpenExisting(target);
                Compatible(target, existing.Plan, plan);
            }
            var contents = opened.Select(store => store.Instances()).ToList();
            var seen = new Dictionary<(string, int), (string Source, string Json)>();
            for (int i = 0; i < opened.Count; i++)
            {
                foreach (var instance in contents[i])
                {
                    string json = Result(instance.Report);
                    if (seen.TryGetValue((instance.Cell, instance.Index), out var first) && first.Json != json)
                    {
                        throw new StoreException($"{sources[i]}: cell {instance.Cell} instance {instance.Index} differs from the one in {first.Source}; refusing to merge (were the stores made by different builds or backends?)");
                    }
                    seen.TryAdd((instance.Cell, instance.Index), (sources[i], json));
                }
            }
            using var merged = OpenFor(target, plan);
            var present = merged.Instances().ToDictionary(s => (s.Cell, s.Index), s => Result(s.Report));
            int added = 0;
            using var transaction = merged._connection.BeginTransaction();
            for (int i = 0; i < opened.Count; i++)
            {
                var runIds = new Dictionary<long, long>();
                var environments = opened[i].Runs();
                foreach (var instance in contents[i])
                {
                    string json = Result(instance.Report);
                    if (present.TryGetValue((instance.Cell, instance.Index), out var existing))
                    {
                        if (existing != json)
                        {
                            throw new StoreException($"{sources[i]}: cell {instance.Cell} instance {instance.Index} differs from the one already merged; refusing to merge (were the stores made by different builds or backends?)");
                        }
                        continue;
                    }
                    if (!runIds.TryGetValue(instance.Run, out long run))
                    {
                        run = runIds[instance.Run] = merged.BeginRun(environments[instance.Run]);
                    }
                    Insert(merged._connection, instance, run);
                    present[(instance.Cell, instance.Index)] = json;
                    added++;
                }
            }
            transaction.Commit();
            return added;
        }
        finally
        {
            opened.ForEach(store => store.Dispose());
        }
    }

    public void Dispose() => _connection.Dispose();

    private static SqliteConnection Connect(string path, SqliteOpenMode mode)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (mode == SqliteOpenMode.ReadWriteCreate && folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        try
        {
            connection.Open();
            // a finished instance is durable once its transaction commits; the rollback journal (not WAL, which needs shared
            // memory) also works on the network filesystems of clusters
            Execute(connection, mode == SqliteOpenMode.ReadOnly
                ? "PRAGMA busy_timeout=10000;"
                : "PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000;");
            return connection;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"{path}: cannot be opened as a sweep store ({e.Message})");
        }
    }

    private static void Insert(SqliteConnection connection, StoredInstance instance, long run)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO instances (cell, idx, theorem, seed, verdict, in_scope, elapsed_seconds, allocated_bytes, host, finished_at, run, report)
            VALUES ($cell, $idx, $theorem, $seed, $verdict, $inScope, $elapsed, $allocated, $host, $finished, $run, $report)
            """;
        var report = instance.Report;
        command.Parameters.AddWithValue("$cell", instance.Cell);
        command.Parameters.AddWithValue("$idx", instance.Index);
        command.Parameters.AddWithValue("$theorem", instance.Theorem);
        command.Parameters.AddWithValue("$seed", report.Seed.ToString(CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$verdict", report.Verdict.ToString());
        command.Parameters.AddWithValue("$inScope", report.InScope is bool b ? (b ? 1 : 0) : DBNull.Value);
        command.Parameters.AddWithValue("$elapsed", instance.ElapsedSeconds);
        command.Parameters.AddWithValue("$allocated", instance.AllocatedBytes is long a ? a : DBNull.Value);
        command.Parameters.AddWithValue("$host", instance.Host);
        command.Parameters.AddWithValue("$finished", instance.FinishedAt.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$run", run);
        command.Parameters.AddWithValue("$report", Result(report));
        command.ExecuteNonQuery();
    }

    /// <summary>The instance's result as stored and compared: its report without the timing (stored in its own columns).</summary>
    private static string Result(InstanceReport report) => ReportJson.SerializeCompact(report with { Resources = null });

    private static StorePlan? ReadPlan(SqliteConnection connection)
    {
        var values = new Dictionary<string, string>();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT key, value FROM plan";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                values[reader.GetString(0)] = reader.GetString(1);
            }
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            return null; // no such table
        }
        if (values.Count == 0)
        {
            return null;
        }
        return new StorePlan(values["fingerprint"], values["name"], values["theorem"], values["plan"], values["tool_version"])
        {
            SchemaVersion = int.Parse(values["schema_version"], CultureInfo.InvariantCulture),
        };
    }

    private static void WritePlan(SqliteConnection connection, StorePlan plan)
    {
        foreach (var (key, value) in new[]
        {
            ("fingerprint", plan.Fingerprint), ("name", plan.Name), ("theorem", plan.Theorem), ("plan", plan.PlanJson),
            ("tool_version", plan.ToolVersion), ("schema_version", SchemaVersion.ToString(CultureInfo.InvariantCulture)),
        })
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO plan (key, value) VALUES ($k, $v)";
            command.Parameters.AddWithValue("$k", key);
            command.Parameters.AddWithValue("$v", value);
            command.ExecuteNonQuery();
        }
    }

    private static void Compatible(string path, StorePlan stored, StorePlan wanted)
    {
        if (stored.SchemaVersion != SchemaVersion)
        {
            throw new StoreException($"{path}: a store of layout version {stored.SchemaVersion}; this verify writes version {SchemaVersion}");
        }
        if (stored.Fingerprint != wanted.Fingerprint)
        {
            throw new StoreException($"{path}: a store of another plan ('{stored.Name}', theorem {stored.Theorem}, fingerprint {stored.Fingerprint[..12]}…) than '{wanted.Name}' ({wanted.Fingerprint[..12]}…); use another --store");
        }
        if (stored.ToolVersion != wanted.ToolVersion)
        {
            throw new StoreException($"{path}: written by verify {stored.ToolVersion}, not {wanted.ToolVersion}: results of different versions are not mixed; use another --store");
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>What a store belongs to: the plan's fingerprint, name, theorem and text, and the verify version that wrote it.</summary>
public sealed record StorePlan(string Fingerprint, string Name, string Theorem, string PlanJson, string ToolVersion)
{
    public int SchemaVersion { get; init; } = SweepStore.SchemaVersion;
}

/// <summary>One finished instance of a sweep as stored.</summary>
public sealed record StoredInstance(
    string Cell,
    int Index,
    string Theorem,
    InstanceReport Report,
    double ElapsedSeconds,
    long? AllocatedBytes,
    string Host,
    DateTimeOffset FinishedAt)
{
    /// <summary>The run (<see cref="SweepStore.BeginRun"/>) that wrote it; 0 before it is stored.</summary>
    public long Run { get; init; }
}

/// <summary>A store that cannot be used as asked (missing, of another plan or version, conflicting); the message says which and why.</summary>
public sealed class StoreException(string message) : Exception(message);
