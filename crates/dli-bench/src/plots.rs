//! The plots of the report, drawn as SVG.

use std::path::Path;

use anyhow::Context;
use plotters::prelude::*;

use crate::rows::{BulkRun, IN_FLIGHT, Row};

const COLORS: [RGBColor; 7] = [
    RGBColor(0x8c, 0x56, 0x4b),
    RGBColor(0x44, 0x44, 0x44),
    RGBColor(0x1f, 0x77, 0xb4),
    RGBColor(0xd6, 0x27, 0x28),
    RGBColor(0x2c, 0xa0, 0x2c),
    RGBColor(0x94, 0x67, 0xbd),
    RGBColor(0xff, 0x7f, 0x0e),
];

/// The series of a plot: who sent to which server.
const SERIES: [(&str, &str); 6] = [
    ("wrk", "static"),
    ("raw reqwest", "static"),
    ("signed raw", "static"),
    ("dli-client", "static"),
    ("dli CLI", "static"),
    ("dli-client", "dli-fake"),
];

fn points(
    rows: &[Row],
    sender: &str,
    server: &str,
    value: impl Fn(&Row) -> f64,
) -> Vec<(f64, f64)> {
    IN_FLIGHT
        .iter()
        .filter_map(|n| {
            rows.iter()
                .find(|r| r.sender == sender && r.server == server && r.in_flight == *n)
                .map(|r| (*n as f64, value(r)))
        })
        .collect()
}

fn error(error: impl std::fmt::Display) -> anyhow::Error {
    anyhow::anyhow!("cannot draw: {error}")
}

/// Requests a second against requests in flight.
pub fn throughput(rows: &[Row], path: &Path) -> anyhow::Result<()> {
    let top = rows.iter().map(|r| r.samples.rate()).fold(1.0, f64::max) * 1.1;
    let root = SVGBackend::new(path, (800, 480)).into_drawing_area();
    root.fill(&WHITE).map_err(error)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(
            "Deletes a second against requests in flight",
            ("sans-serif", 20),
        )
        .margin(10)
        .x_label_area_size(40)
        .y_label_area_size(70)
        .build_cartesian_2d((1f64..128f64).log_scale(), 0f64..top)
        .map_err(error)?;
    chart
        .configure_mesh()
        .x_desc("requests in flight")
        .y_desc("requests a second")
        .x_label_formatter(&|x| format!("{x:.0}"))
        .y_label_formatter(&|y| format!("{y:.0}"))
        .draw()
        .map_err(error)?;
    for (index, (sender, server)) in SERIES.iter().enumerate() {
        let data = points(rows, sender, server, |r| r.samples.rate());
        if data.is_empty() {
            continue;
        }
        let color = COLORS[(index + 1) % COLORS.len()];
        chart
            .draw_series(LineSeries::new(data.clone(), color.stroke_width(2)))
            .map_err(error)?
            .label(format!("{sender} → {server}"))
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2))
            });
        chart
            .draw_series(data.into_iter().map(|p| Circle::new(p, 3, color.filled())))
            .map_err(error)?;
    }
    if let Some(python) = rows.iter().find(|r| r.sender == "Python SDK") {
        let color = COLORS[0];
        chart
            .draw_series(std::iter::once(TriangleMarker::new(
                (1.0, python.samples.rate()),
                6,
                color.filled(),
            )))
            .map_err(error)?
            .label("Python SDK → static")
            .legend(move |(x, y)| TriangleMarker::new((x + 10, y), 5, color.filled()));
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .position(SeriesLabelPosition::UpperLeft)
        .draw()
        .map_err(error)?;
    root.present()
        .map_err(error)
        .context("cannot write the plot")
}

/// p50 (line) and p99 (dashed points) latency against requests in flight.
pub fn latency(rows: &[Row], path: &Path) -> anyhow::Result<()> {
    let top = rows
        .iter()
        .filter(|r| r.sender != "Python SDK")
        .map(|r| r.samples.percentile(99.0))
        .fold(0.1, f64::max)
        * 1.1;
    let root = SVGBackend::new(path, (800, 480)).into_drawing_area();
    root.fill(&WHITE).map_err(error)?;
    let mut chart = ChartBuilder::on(&root)
        .caption("Latency: p50 (line) and p99 (dots)", ("sans-serif", 20))
        .margin(10)
        .x_label_area_size(40)
        .y_label_area_size(70)
        .build_cartesian_2d((1f64..128f64).log_scale(), 0f64..top)
        .map_err(error)?;
    chart
        .configure_mesh()
        .x_desc("requests in flight")
        .y_desc("milliseconds")
        .x_label_formatter(&|x| format!("{x:.0}"))
        .draw()
        .map_err(error)?;
    for (index, (sender, server)) in SERIES.iter().enumerate() {
        let p50 = points(rows, sender, server, |r| r.samples.percentile(50.0));
        if p50.is_empty() {
            continue;
        }
        let p99 = points(rows, sender, server, |r| r.samples.percentile(99.0));
        let color = COLORS[(index + 1) % COLORS.len()];
        chart
            .draw_series(LineSeries::new(p50, color.stroke_width(2)))
            .map_err(error)?
            .label(format!("{sender} → {server}"))
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2))
            });
        chart
            .draw_series(p99.into_iter().map(|p| Circle::new(p, 4, color)))
            .map_err(error)?;
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .position(SeriesLabelPosition::UpperLeft)
        .draw()
        .map_err(error)?;
    root.present()
        .map_err(error)
        .context("cannot write the plot")
}

/// Deletes finished in each second of the throttled run, with the gateway's limit.
pub fn throttled(run: &BulkRun, path: &Path) -> anyhow::Result<()> {
    let seconds = run.per_second.len().max(1) as f64;
    let top = f64::from(
        run.per_second
            .iter()
            .copied()
            .max()
            .unwrap_or(0)
            .max(run.limit),
    ) * 1.2;
    let root = SVGBackend::new(path, (800, 400)).into_drawing_area();
    root.fill(&WHITE).map_err(error)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(
            format!(
                "{}: --concurrency {} against a {}/s throttle",
                run.row, run.in_flight, run.limit
            ),
            ("sans-serif", 18),
        )
        .margin(10)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(0f64..seconds, 0f64..top)
        .map_err(error)?;
    chart
        .configure_mesh()
        .x_desc("second")
        .y_desc("deletes finished")
        .x_label_formatter(&|x| format!("{x:.0}"))
        .y_label_formatter(&|y| format!("{y:.0}"))
        .draw()
        .map_err(error)?;
    let data: Vec<(f64, f64)> = run
        .per_second
        .iter()
        .enumerate()
        .map(|(second, count)| (second as f64 + 0.5, f64::from(*count)))
        .collect();
    chart
        .draw_series(LineSeries::new(data, COLORS[1].stroke_width(2)))
        .map_err(error)?
        .label("deletes a second")
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], COLORS[1].stroke_width(2)));
    let limit = f64::from(run.limit);
    chart
        .draw_series(LineSeries::new(
            vec![(0.0, limit), (seconds, limit)],
            COLORS[2].stroke_width(1),
        ))
        .map_err(error)?
        .label(format!("the gateway's limit, {}/s", run.limit))
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], COLORS[2]));
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .position(SeriesLabelPosition::LowerRight)
        .draw()
        .map_err(error)?;
    root.present()
        .map_err(error)
        .context("cannot write the plot")
}
