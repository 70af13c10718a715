from click.testing import CliRunner

from pipeline.cli import cli


def test_unknown_spider_is_named_with_the_known_ones(tmp_path):
    result = CliRunner().invoke(cli, ["crawl", "no_such_source", f"--db={tmp_path / 'a.db'}"])

    assert result.exit_code == 1
    assert (
        "Error: unknown source(s): no_such_source; known: aachener_zeitung, familie_in_nrw, "
        "kamp_lintfort, kreis_unna, land_nrw, lvr, lwl, mkjfgfi_nrw, moenchengladbach, "
        "rp_online, waz, wz"
    ) in result.output


def test_a_setting_override_needs_a_name_and_a_value(tmp_path):
    result = CliRunner().invoke(cli, ["crawl", "--set", "DOWNLOAD_DELAY"])

    assert result.exit_code == 2
    assert "expected NAME=VALUE, got 'DOWNLOAD_DELAY'" in result.output


def test_reprocess_needs_existing_raw_pages(tmp_path):
    result = CliRunner().invoke(cli, ["reprocess", str(tmp_path / "missing")])

    assert result.exit_code == 2
    assert "does not exist" in result.output
