package org.tradestat.job;

import java.io.IOException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.PlatformTransactionManager;
import org.tradestat.analysis.Revisions;
import org.tradestat.ingest.InputBlock;
import org.tradestat.ingest.InputBlocks;
import org.tradestat.ingest.InputFile;
import org.tradestat.ingest.InputFilesReader;
import org.tradestat.ingest.InputScanner;
import org.tradestat.report.ReportWriter;
import org.tradestat.store.FigureSpill;
import org.tradestat.store.RunFigures;
import org.tradestat.store.RunRepository;
import org.tradestat.store.StagedDataResolver;
import org.tradestat.store.StagingWriter;

/**
 * The Tradestat job: load every line of the input folder (validated, into staging), resolve duplicates,
 * compute the indicators, write the report. Each step is restartable: a failed run resumes at the failed step.
 */
@Configuration
public class TradestatJobConfig {

    public static final String JOB_NAME = "tradestat";
    static final String LOAD_INPUTS = "loadInputs";
    static final String RESOLVE_DUPLICATES = "resolveDuplicates";
    static final String COMPUTE_INDICATORS = "computeIndicators";
    static final String WRITE_REPORT = "writeReport";
    /** The steps in the order they run. */
    static final List<String> STEPS = List.of(LOAD_INPUTS, RESOLVE_DUPLICATES, COMPUTE_INDICATORS, WRITE_REPORT);

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        ResourceDatabasePopulator schema = new ResourceDatabasePopulator(new ClassPathResource("tradestat-schema.sql"));
        schema.execute(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.setFetchSize(5000);
        return jdbc;
    }

    @Bean
    RunRepository runRepository(JdbcTemplate jdbc) {
        return new RunRepository(jdbc);
    }

    /** The name of the step that, in a manager of remote partitioning, has the workers parse chunks before the load. */
    public static final String PARSE_CHUNKS = "parseChunks";

    @Bean
    RunFigures runFigures(JdbcTemplate jdbc) {
        return new RunFigures(jdbc);
    }

    @Bean
    Job tradestatJob(JobRepository jobRepository, Step loadInputs, Step resolveDuplicates,
                     Step computeIndicators, Step writeReport, @Qualifier(PARSE_CHUNKS) ObjectProvider<Step> parse,
                     ObjectProvider<RemoteChunkFiles> remote) {
        Step parseChunks = parse.getIfAvailable();
        JobBuilder job = new JobBuilder(JOB_NAME, jobRepository);
        SimpleJobBuilder steps = (parseChunks == null ? job.start(loadInputs) : job.start(parseChunks).next(loadInputs))
                .next(resolveDuplicates)
                .next(computeIndicators)
                .next(writeReport)
                .listener(new ResourceUse())
                .listener(WorkFiles.listener(jobRepository));
        remote.ifAvailable(chunks -> steps.listener(new JobExecutionListener() {
            @Override
            public void afterJob(JobExecution execution) {
                try {
                    if (execution.getStatus() == BatchStatus.COMPLETED) {
                        chunks.delete(RunContext.of(execution));
                    }
                } catch (IOException e) {
                    // a leftover parsed chunk does no harm; the report is complete
                }
            }
        }));
        return steps.build();
    }

    @Bean
    Step loadInputs(JobRepository jobRepository, PlatformTransactionManager tm, InputBlocks inputBlocks,
                    StagingWriter stagingWriter, RunRepository runs) {
        return new StepBuilder(LOAD_INPUTS, jobRepository)
                .<InputBlock, InputBlock>chunk(1)
                .reader(inputBlocks)
                .writer(stagingWriter)
                .transactionManager(tm)
                .listener(new StepExecutionListener() {
                    @Override
                    public void beforeStep(StepExecution step) {
                        // A load that starts again (after a failure) starts from the first line of the first file.
                        runs.clearStaging(RunContext.of(step).runId());
                    }
                })
                .build();
    }

    // No destroy method: the step opens and closes its reader and writer. JobOperator.stop (SIGTERM) closes
    // the step scope from its own thread, which would close them under a chunk being written.
    @Bean(destroyMethod = "")
    @StepScope
    InputBlocks inputBlocks(RunRepository runs, @Value("#{stepExecution}") StepExecution step,
                            ObjectProvider<RemoteChunkFiles> remote) {
        // The scan belongs to the load: a load that starts again sees the input folder as it is now.
        RunContext run = RunContext.of(step);
        List<InputFile> files = new InputScanner().scan(run.inputDir());
        runs.saveInputFiles(run.runId(), files);
        InputFilesReader reader = new InputFilesReader(files, new InputScanner().groupCodes(files), run.maxRejectRate());
        remote.ifAvailable(chunks -> reader.withChunksParsedElsewhere(chunks.forLoad(step)));
        if (System.console() != null) {
            long bytes = files.stream().mapToLong(f -> f.path().toFile().length()).sum();
            reader.withProgress(new LoadProgress(System.out, bytes));
        }
        return new InputBlocks(reader);
    }

    @Bean(destroyMethod = "")
    @StepScope
    StagingWriter stagingWriter(JdbcTemplate jdbc, @Value("#{stepExecution}") StepExecution step) throws IOException {
        RunContext run = RunContext.of(step);
        long inputBytes = InputScanner.bytesOf(run.inputDir());
        return new StagingWriter(jdbc, run.runId(), FigureSpill.create(run.workDir(), inputBytes));
    }

    @Bean
    Step resolveDuplicates(JobRepository jobRepository, PlatformTransactionManager tm, JdbcTemplate jdbc,
                           RunRepository runs) {
        return new StepBuilder(RESOLVE_DUPLICATES, jobRepository).tasklet((contribution, chunk) -> {
            RunContext run = RunContext.of(contribution.getStepExecution());
            new StagedDataResolver(jdbc, run.runId()).resolve(run.workDir());
            runs.dropStagedLines(run.runId());
            // The work files are not deleted here: this step's rows commit only after the tasklet returns, and a run
            // killed between a delete here and that commit would resume at this step with its input gone.
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    @Bean
    Step computeIndicators(JobRepository jobRepository, PlatformTransactionManager tm, RunRepository runs) {
        return new StepBuilder(COMPUTE_INDICATORS, jobRepository).tasklet(new ComputeIndicatorsTasklet(runs), tm)
                .listener(new StepExecutionListener() {
                    @Override
                    public void beforeStep(StepExecution step) {
                        // resolveDuplicates has committed: the load's work files are no longer needed.
                        try {
                            FigureSpill.delete(RunContext.of(step).workDir());
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                })
                .build();
    }

    @Bean
    Step writeReport(JobRepository jobRepository, PlatformTransactionManager tm, RunRepository runs,
                     RunFigures figures) {
        return new StepBuilder(WRITE_REPORT, jobRepository).tasklet((contribution, chunk) -> {
            StepExecution step = contribution.getStepExecution();
            RunContext run = RunContext.of(step);
            Revisions revisions = RunRevisions.of(run, step.getJobParameters().getLocalDate(RunContext.COMPARE_WITH),
                    new CompletedRuns(jobRepository, JOB_NAME), figures);
            new ReportWriter().write(ReportRequests.of(run, step.getJobExecution(), runs, revisions));
            return RepeatStatus.FINISHED;
        }, tm).build();
    }
}
