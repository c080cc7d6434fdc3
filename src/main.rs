//! Browser entry point: everything happens in [`hjaelpeguiden::ui::start`].

fn main() {
    hjaelpeguiden::ui::start();
}
